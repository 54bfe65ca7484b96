#!/usr/bin/env python3
"""Credits battery probe: how does the converter read TITLE and AUTHOR?

Writes synthetic archived texts (BBS/Usenet e-texts, newsletters, speeches,
interviews, reviews, Project Gutenberg files ...), each built around one
real-world convention for stating the title and the author, converts each with
the CLI under test, and compares dc:title / dc:creator in EPUB/content.opf with
what a careful human editor would decide.

Usage:
    python3 tests/probes/credits_battery_probe.py "dotnet /path/to/epub.dll"
    python3 tests/probes/credits_battery_probe.py "dotnet /path/to/epub.dll" --only usenet_re_subject
    (--only takes a comma-separated list; --list lists the cases; --show NAME prints a case's text)

Case files and books go to a folder under /tmp (override with --dir).
Stdlib only.

Same harness as credits_battery2_probe.py: credits_harness.py, whose docstring lists
the checks per case. This battery's own ways, passed to main(): titles compare by
norm_title_strict, title_re need match only a part of the title, the converter runs
without -q --no-cover, and its prose wraps at 70 columns.
"""
import functools
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from credits_harness import C, body, case, lines, main, norm_title_strict  # the shared harness: check(), main(), ...

body = functools.partial(body, width=70)  # this battery's prose wraps at 70 columns


# --------------------------------------------------------------------------
# prose (all written for this probe)
# --------------------------------------------------------------------------
P_BBS = [
    "The first board I ever called ran on a single Apple II in a basement "
    "on the east side of town. It had one phone line, a forty-megabyte hard "
    "disk that the sysop talked about the way other men talk about their "
    "cars, and a message base that never held more than two hundred posts.",
    "You dialed, you waited through the busy signals, and when you finally "
    "got through you had thirty minutes a day. Thirty minutes was enough to "
    "read the new messages, leave a reply or two, and maybe start a download "
    "that you would have to finish tomorrow. Nobody thought this was a "
    "hardship. It was simply how things were done.",
    "What I remember most is not the software or the hardware but the "
    "people. There was a retired machinist who wrote long posts about the "
    "tool and die trade, a high school girl who ran the poetry section, and a "
    "night-shift nurse who answered medical questions at four in the morning. "
    "We met in person exactly once, at a pizza place, and spent the whole "
    "evening not quite recognising one another.",
    "Those boards are gone now, and most of the people have scattered. But "
    "the habits we learned there, of writing carefully for strangers and "
    "reading generously what they wrote back, seem to me worth keeping.",
]

P_MODEM = [
    "Most of the trouble people have with their modems comes down to three "
    "things: the wrong initialisation string, a bad cable, or a serial port "
    "that cannot keep up with the speed the modem is trying to deliver. "
    "Before you blame the board you are calling, check all three.",
    "The initialisation string is the line of commands your terminal "
    "program sends to the modem before it dials. Every manufacturer has its "
    "own notion of sensible defaults, and a string that works perfectly on "
    "one make may leave another with error correction switched off.",
    "If you are running at 9600 bits per second or faster, look at the chip "
    "behind your serial port. The older chips have a one-byte buffer and will "
    "drop characters whenever the machine is busy with something else, such "
    "as writing to the disk. A port with a buffered chip costs very little "
    "and cures a surprising number of mysterious errors.",
    "Finally, keep a log. Write down which settings you tried and what "
    "happened. You will be amazed how often the answer is sitting in your "
    "own notes from three weeks ago.",
]

P_VIRUS = [
    "A computer virus is a program that copies itself into other programs "
    "or into the boot area of a disk, so that it runs whenever they do. Most "
    "of the ones in circulation do little more than spread, but a few are "
    "written to damage files, and even a harmless one can crash a machine "
    "through sheer sloppiness.",
    "The single best protection is a clean, write-protected boot floppy "
    "kept somewhere safe. If you ever suspect an infection, switch the "
    "machine off completely, boot from that floppy, and run your scanner "
    "from it rather than from the hard disk.",
    "Be sceptical of programs that arrive from unknown sources, and be even "
    "more sceptical of warnings that arrive the same way. For every real "
    "virus there seem to be three rumours about viruses that do not exist, "
    "and the rumours waste as much time as the real thing.",
]

P_GARDEN = [
    "Anyone who has tried to grow tomatoes in heavy clay knows the "
    "frustration of watching seedlings sulk for weeks while the neighbour's "
    "plants, in their sandy loam, race ahead. The clay is not the enemy, "
    "though. It holds water and nutrients better than sand ever will; it "
    "simply needs to be opened up.",
    "The cheapest way to do that is to add organic matter every year, "
    "without fail. Leaves in the autumn, grass clippings in the summer, "
    "kitchen scraps whenever you have them. Dig them in lightly or simply "
    "lay them on top and let the worms do the work.",
    "Do not walk on the beds when the soil is wet. Nothing undoes a year of "
    "careful improvement faster than a pair of boots on soggy clay. Lay down "
    "boards if you must get in, and keep to them.",
]

P_HISTORY = [
    "The mill on Cobb Creek was built in 1838 by a family who had come "
    "west from Pennsylvania with little more than a set of millstones and "
    "the conviction that wherever they settled, people would need flour. "
    "They were right, and for forty years the mill was the centre of the "
    "township's life.",
    "Farmers came from twenty miles around, waited their turn, and traded "
    "news while the stones turned. The mill's ledger, which survives in the "
    "county historical society, records not only the bushels ground but "
    "births, deaths, and the occasional quarrel settled on the spot.",
    "When the railroad passed the township by in 1879, the mill began its "
    "long decline. By the turn of the century it ground only for a handful "
    "of old customers, and in 1911 a spring flood took the dam and most of "
    "the wheelhouse with it. Only the foundation stones remain.",
]

P_PRIVACY = [
    "When you send electronic mail, you are sending something closer to a "
    "postcard than a sealed letter. Every machine that passes it along can "
    "read it, and on a busy network that may be a dozen machines run by "
    "people you will never meet.",
    "Public key encryption changes this. You publish one key for anyone to "
    "use and keep the other to yourself. A message locked with your public "
    "key can only be opened with your private one, so it no longer matters "
    "who handles it on the way.",
    "None of this is exotic any more. The programs are freely available, "
    "they run on ordinary home computers, and learning to use them takes an "
    "afternoon. The harder question is whether we, as a society, will decide "
    "that ordinary people are entitled to private correspondence.",
]

P_STORY = [
    "The lighthouse keeper's daughter had never seen the mainland in "
    "daylight. She had crossed twice, both times at night, both times "
    "wrapped in oilskins in the bottom of the supply boat, and what she "
    "remembered was the smell of tar and the sound of her father praying "
    "under his breath.",
    "So when the letter came from her aunt in the city, offering a place at "
    "a school and a room of her own, she read it four times before she let "
    "herself believe it. Then she folded it very small and carried it in her "
    "apron pocket for a week without telling anyone.",
    "It was her father who found it in the end, when the apron went into "
    "the wash. He sat at the kitchen table with the damp paper spread out in "
    "front of him for a long time. When she came in from the gallery he did "
    "not look up. He only said, \"You'll want a new coat, then.\"",
    "She left on the first calm morning of April. From the stern of the "
    "boat she watched the tower shrink until it was no larger than a candle, "
    "and then she turned around and looked at the shore.",
]

P_ASTRO = [
    "You do not need a telescope to enjoy the night sky. A pair of ordinary "
    "binoculars, the kind sold for bird watching, will show you the moons of "
    "Jupiter, the crescent phases of Venus, and more star clusters than you "
    "could visit in a year of clear nights.",
    "Start with the moon. Look along the line between the lit and unlit "
    "halves, where the shadows are longest, and you will see craters and "
    "mountain ranges standing out in sharp relief. A week later the same "
    "features will look entirely different.",
    "Then find a dark site. Even a few miles outside town makes a dramatic "
    "difference. Give your eyes twenty minutes to adapt, resist the urge to "
    "check your watch with a bright light, and the Milky Way will appear as "
    "if someone had slowly turned up a dimmer switch.",
]

P_TEACH = [
    "For eleven years I taught mathematics to fourteen-year-olds, and for "
    "most of those years I believed that the problem was the material. If I "
    "could only find the right explanation, the right diagram, the right "
    "example, the subject would finally make sense to them.",
    "It took me far too long to see that the problem was fear. Most of my "
    "students had decided, somewhere around the age of nine, that they were "
    "not good at mathematics, and everything I did afterwards was filtered "
    "through that decision.",
    "What finally helped was not a better explanation but a different "
    "classroom. We started working in small groups, on problems that had "
    "more than one reasonable answer, and I stopped marking anything in red. "
    "Within a term the quiet ones were arguing with each other about "
    "fractions, which I count as the greatest success of my career.",
]

P_COOK = [
    "Good bread needs only four things: flour, water, salt and time. The "
    "first three are cheap. The fourth is the one most recipes try to save "
    "you, and the one you should be most reluctant to give up.",
    "A slow rise in a cool kitchen lets the yeast and the flour's own "
    "enzymes work on the dough for hours, building flavour that a quick rise "
    "simply cannot produce. Mix your dough in the evening, leave it covered "
    "overnight, and shape it in the morning.",
    "Bake hotter than you think you should. A pale loaf is a disappointing "
    "loaf. The crust should be the colour of a chestnut and should crackle "
    "as it cools on the rack.",
]

P_LAW = [
    "Whether a sysop is responsible for what callers post on a board is a "
    "question the courts have barely begun to answer. The analogies pull in "
    "different directions. Is a board like a bookstore, which is not expected "
    "to read every book it sells, or like a newspaper, which answers for "
    "every word it prints?",
    "The answer matters a great deal to the small operator. A hobbyist "
    "running a board from a spare bedroom cannot afford to read every "
    "message before it appears, and cannot afford a lawyer either. If the "
    "newspaper rule prevails, many of them will simply shut down.",
    "Until the question is settled, the prudent sysop keeps clear rules, "
    "posts them where every caller will see them, and removes material that "
    "plainly breaks them as soon as it comes to light.",
]

P_ECON = [
    "The closing of the plant took about forty percent of the town's "
    "payroll with it, but the effects were spread far wider than those "
    "numbers suggest. The diner lost its breakfast crowd. The hardware store "
    "lost its contractors. The school lost families who moved away to find "
    "work elsewhere.",
    "What the town did next is worth studying. Instead of waiting for "
    "another large employer, the council set up a small loan fund for "
    "anyone who wanted to start a business, however modest. Most of the "
    "loans were under five thousand dollars.",
    "Ten years later, there are sixty-odd small firms where there was once "
    "one large one. None of them is big enough to sink the town if it "
    "fails, which may be the most important thing about them.",
]

P_HEALTH = [
    "Repetitive strain injuries are the occupational disease of the "
    "keyboard age. They begin as a mild ache in the wrist or forearm after a "
    "long session and, if ignored, can progress to pain that makes it "
    "impossible to hold a cup of coffee.",
    "The remedies are mostly common sense. Keep the wrists straight, the "
    "shoulders relaxed and the screen at eye level. Take a short break every "
    "half hour, even if it is only to stand up and stretch.",
    "If the pain persists for more than a few days, see a doctor. Early "
    "treatment is simple; late treatment can mean months away from work.",
]

P_MUSIC = [
    "The band played its first show in the back room of a laundromat, to "
    "an audience of eleven people and a dog. By the end of the year they "
    "were filling the church hall, and by the following summer they had "
    "pressed five hundred copies of a single that sold out in a month.",
    "What set them apart was not technical skill; by their own cheerful "
    "admission, none of them could read music. It was the songs, which were "
    "about the things that actually happened in a small mill town: the night "
    "shift, the high school football team, the river in flood.",
    "They never signed with a label. When the drummer moved to Seattle in "
    "1991 they played a farewell show in the same laundromat, and that was "
    "that.",
]

P_SPACE = [
    "Thirty years ago, a rocket rose from the coast of Florida and carried "
    "three men toward the moon, and with them the hopes of a great many "
    "people who had never before looked up at the night sky with anything "
    "more than idle curiosity.",
    "We are sometimes told that the space programme was a luxury, that the "
    "money would have been better spent here on the ground. I understand the "
    "argument. But I have never met a child who was inspired by a balanced "
    "budget, and I have met a great many who were inspired by a footprint in "
    "grey dust.",
    "Let us not be the generation that stopped looking up. Let us fund the "
    "science, train the engineers, and give our grandchildren something to "
    "argue about at their own dinner tables.",
]


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------


# ---- A. centred title + "by NAME" ------------------------------------------
case("caps_centred_by", lines(
    "",
    C("THE LONG WINTER OF THE MODEM"),
    "",
    C("by Harold Jenkins"),
    "", "",
    body(*P_BBS)),
    titles=["The Long Winter of the Modem"], creators=["Harold Jenkins"],
    note="title in capitals centred, then 'by NAME'")

case("caps_byline_caps_name", lines(
    C("MAKING PEACE WITH YOUR MODEM"),
    "",
    C("BY JOHN Q. PUBLIC"),
    "", "",
    body(*P_MODEM, style="indent")),
    titles=["Making Peace with Your Modem"], creators=["John Q. Public"],
    note="name in capitals: BY JOHN Q. PUBLIC")

case("title_subtitle_next_line", lines(
    C("Clay and Patience"),
    C("Notes on Gardening in Heavy Soil"),
    "",
    C("by Miriam Osei"),
    "", "",
    body(*P_GARDEN)),
    titles=["Clay and Patience",
            "Clay and Patience: Notes on Gardening in Heavy Soil"],
    title_excludes=["Osei"],
    creators=["Miriam Osei"],
    note="title with a subtitle on the next line")

case("caps_subtitle_rule", lines(
    C("THE MILL ON COBB CREEK"),
    C("--------------------------------"),
    C("A Township History, 1838-1911"),
    "",
    C("by R. T. Vandermeer"),
    "", "",
    body(*P_HISTORY)),
    titles=["The Mill on Cobb Creek",
            "The Mill on Cobb Creek: A Township History, 1838-1911"],
    title_excludes=["----", "Vandermeer"],
    creators=["R. T. Vandermeer"],
    note="title, rule, subtitle, name with initials")

case("initials_name", lines(
    C("Binocular Astronomy for Beginners"),
    "",
    C("by J.R. Hartley"),
    "",
    body(*P_ASTRO)),
    titles=["Binocular Astronomy for Beginners"],
    creators=["J.R. Hartley"],
    note="name with run-together initials")

case("dr_name", lines(
    C("KEYBOARDS AND WRISTS"),
    C("Avoiding Repetitive Strain Injury"),
    "",
    C("by Dr. Eleanor Marsh"),
    "", "",
    body(*P_HEALTH)),
    titles=["Keyboards and Wrists",
            "Keyboards and Wrists: Avoiding Repetitive Strain Injury"],
    creators=[("Dr. Eleanor Marsh", "Eleanor Marsh")],
    note="name with Dr.")

case("prof_name_affiliation", lines(
    C("Who Answers for the Message Base?"),
    "",
    C("Prof. Alan K. Whitfield"),
    C("School of Law, University of Eastern Ohio"),
    "", "",
    body(*P_LAW)),
    titles=["Who Answers for the Message Base?"],
    title_excludes=["Whitfield", "School of Law"],
    creators=[("Prof. Alan K. Whitfield", "Alan K. Whitfield")],
    note="Prof. name without 'by', affiliation on next line")

case("handle_the_sysop", lines(
    C("HOW TO GET THE MOST OUT OF THIS BOARD"),
    C("by The Sysop"),
    "",
    body(
        "Welcome, new caller. This file explains how the message bases, "
        "the file areas and the door games on this board fit together, and "
        "what is expected of you while you are here.",
        "Your first call gives you fifteen minutes and access to the public "
        "message base only. Once you have filled out the new user "
        "questionnaire and I have verified your phone number, you will be "
        "raised to regular access, which means sixty minutes a day and the "
        "file areas.",
        "Uploads earn you download credit at the rate of three to one. Do "
        "not upload commercial software. Do not upload files that are "
        "already here; check the listings first. Do not upload anything you "
        "would not want your mother to see, because I check every file and I "
        "will know.",
        "That is about it. Be polite, keep the message bases on topic, and "
        "have fun.")),
    titles=["How to Get the Most Out of This Board"],
    creators=[("The Sysop", "Sysop")],
    note="pen name / handle 'by The Sysop'")

case("handle_captain_zap", lines(
    "",
    C("Phone Phreaking: Myths and Facts"),
    C("by Captain Zap"),
    "",
    body(
        "Every few months somebody posts a file claiming you can get free "
        "long distance with a whistle from a cereal box. Let me save you the "
        "trouble: you cannot, and you have not been able to for a very long "
        "time.",
        "The old in-band signalling that made those tricks possible was "
        "replaced years ago on nearly every trunk in the country. The "
        "switches now talk to each other over a separate data network that "
        "you, sitting at your kitchen telephone, cannot reach.",
        "What you can do is get yourself arrested. The phone companies have "
        "security departments, the security departments have lawyers, and "
        "the lawyers have very little sense of humour. Read about the "
        "network because it is fascinating, not because you think it is a "
        "free ride.")),
    titles=["Phone Phreaking: Myths and Facts", "Phone Phreaking"],
    creators=["Captain Zap"],
    note="handle 'by Captain Zap'")

case("email_only_byline", lines(
    C("A Gentle Introduction to Public Key Cryptography"),
    "",
    C("by jdoe@well.sf.ca.us"),
    "",
    body(*P_PRIVACY)),
    titles=["A Gentle Introduction to Public Key Cryptography"],
    creators_any=[["jdoe@well.sf.ca.us"], ["jdoe"], []],
    note="email-only byline (accepted: the address, its user part, or none)")

case("by_colon_label", lines(
    "A FEW WORDS ON BREAD",
    "By: Marcus Oyelaran",
    "",
    body(*P_COOK)),
    titles=["A Few Words on Bread"], creators=["Marcus Oyelaran"],
    note="'By:' label, flush left")

case("written_by", lines(
    C("Fear and Fractions"),
    "",
    C("Written by Sandra Kowalczyk"),
    "",
    body(*P_TEACH)),
    titles=["Fear and Fractions"], creators=["Sandra Kowalczyk"],
    note="'Written by NAME'")

case("byline_with_role", lines(
    C("TEN YEARS ON THE NIGHT SHIFT"),
    C("by Dale Whitaker, sysop of The Dragon's Lair"),
    "",
    body(*P_BBS[:3])),
    titles=["Ten Years on the Night Shift"],
    creators=["Dale Whitaker"],
    note="byline carrying a role after a comma")

case("byline_with_date", lines(
    "Small Loans, Big Town",
    "by Teresa Lindqvist, March 1994",
    "",
    body(*P_ECON)),
    titles=["Small Loans, Big Town"], creators=["Teresa Lindqvist"],
    title_excludes=["1994"],
    note="byline followed by a date")

case("byline_with_email_parens", lines(
    C("Serial Ports and Why They Matter"),
    C("by Dan Ruiz (druiz@netcom.com)"),
    "",
    body(*P_MODEM)),
    titles=["Serial Ports and Why They Matter"], creators=["Dan Ruiz"],
    note="byline with an address in parentheses")

case("byline_with_email_angle", lines(
    "THE SHORT, HAPPY LIFE OF A GARAGE BAND",
    "by Nick Castellano <nickc@panix.com>",
    "",
    body(*P_MUSIC)),
    titles=["The Short, Happy Life of a Garage Band"],
    creators=["Nick Castellano"],
    note="byline with an address in angle brackets")

case("by_on_own_line", lines(
    C("THE KEEPER'S DAUGHTER"),
    "",
    C("by"),
    "",
    C("Ruth Abernathy"),
    "", "",
    body(*P_STORY)),
    titles=["The Keeper's Daughter"], creators=["Ruth Abernathy"],
    note="'by' alone on a line, name on the next")

case("quoted_title", lines(
    '"On Being Online"',
    "by Gwen Okafor",
    "",
    body(*P_BBS[1:])),
    titles=["On Being Online", '"On Being Online"'],
    creators=["Gwen Okafor"],
    note="title in double quotes")

case("title_underlined", lines(
    "Bread Without Hurry",
    "===================",
    "",
    "Paula Grieve",
    "",
    body(*P_COOK)),
    titles=["Bread Without Hurry"], title_excludes=["==="],
    creators=["Paula Grieve"],
    note="title underlined with =, bare name beneath")

case("written_and_compiled_by", lines(
    C("THE BLACK BOOK OF MODEM COMMANDS"),
    C("Written and compiled by Feliks Nowak"),
    "",
    body(*P_MODEM)),
    titles=["The Black Book of Modem Commands"], creators=["Feliks Nowak"],
    note="'Written and compiled by'")

case("open_letter_from", lines(
    C("An Open Letter to the BBS Community"),
    C("from Lorraine Tucker"),
    "",
    body(*P_LAW)),
    titles=["An Open Letter to the BBS Community"],
    creators=["Lorraine Tucker"],
    note="'from NAME' under an open letter")

case("name_above_title", lines(
    C("HELEN MARCHETTI"),
    "", "",
    C("THE LAST MILL ON THE RIVER"),
    "", "",
    body(*P_HISTORY)),
    titles=["The Last Mill on the River"],
    creators=["Helen Marchetti"],
    title_excludes=["Marchetti"],
    note="author's name above the title, book-cover style")

case("manuscript_address_block", lines(
    "Celia Montrose",
    "14 Linden Street",
    "Harrisburg, PA 17101",
    "(717) 555-0192",
    "",
    "About 1,200 words",
    "", "", "",
    C("THE CROSSING"),
    "",
    C("by Celia Montrose"),
    "", "",
    body(*P_STORY)),
    titles=["The Crossing"], creators=["Celia Montrose"],
    title_excludes=["Linden", "words", "Harrisburg"],
    note="manuscript submission format: address block, word count, title")

# ---- B. byline / signature at the end --------------------------------------
case("dash_name_at_end", lines(
    C("Why I Still Call Local Boards"),
    "",
    body(*P_BBS),
    "",
    "-- Peter Vance"),
    titles=["Why I Still Call Local Boards"], creators=["Peter Vance"],
    note="'-- NAME' at the end of the text")

case("signature_name_affiliation", lines(
    "TEACHING WITHOUT RED INK",
    "",
    body(*P_TEACH),
    "", "",
    "Martha Greenfield",
    "Department of Education",
    "Millbrook Community College"),
    titles=["Teaching Without Red Ink"], creators=["Martha Greenfield"],
    note="author only as a signature at the end: name, then affiliation")

case("signature_name_email", lines(
    "Bread, Salt and Time",
    "",
    body(*P_COOK),
    "", "",
    "Jonas Berglund",
    "jberg@mcs.anl.gov"),
    titles=["Bread, Salt and Time"], creators=["Jonas Berglund"],
    note="author only as a signature at the end: name, then address")

case("signature_sig_block", lines(
    "Encryption Is Not Just For Spies",
    "",
    body(*P_PRIVACY),
    "",
    "--",
    "Rebecca Tanaka            | \"The price of liberty is eternal",
    "rtanaka@cs.umass.edu      |  vigilance, and good key hygiene.\"",
    "PGP key available on request"),
    titles=["Encryption Is Not Just For Spies"],
    creators=["Rebecca Tanaka"],
    note="Usenet-style .sig block at the end as the only credit")

case("signature_email_only_end", lines(
    "Getting Started With Binoculars",
    "",
    body(*P_ASTRO),
    "",
    "-- stargazer@delphi.com"),
    titles=["Getting Started With Binoculars"],
    creators_any=[["stargazer@delphi.com"], ["stargazer"], []],
    note="only an address at the end (accepted: address, user part, none)")

case("poem_dash_name", lines(
    C("NIGHT SHIFT"),
    "",
    "    The mill lights burn till morning",
    "    and the river takes the sound,",
    "    the looms go on without us",
    "    when the whistle comes around.",
    "",
    "    My father worked the night shift",
    "    and his father did the same,",
    "    and the river never told them",
    "    it would not recall their name.",
    "",
    "    Now the windows stand in darkness",
    "    and the river runs on by,",
    "    and the only light that's burning",
    "    is the one left in the sky.",
    "",
    "                                        -- Ellen Kirkby"),
    titles=["Night Shift"], creators=["Ellen Kirkby"],
    note="poem with '-- NAME' flush right at the end")

# ---- C. labelled header fields ----------------------------------------------
case("labelled_title_author_date", lines(
    "Title:  The Care and Feeding of Tomatoes",
    "Author: Ingrid Haugen",
    "Date:   April 17, 1993",
    "",
    body(*P_GARDEN)),
    titles=["The Care and Feeding of Tomatoes"], creators=["Ingrid Haugen"],
    title_excludes=["April", "1993"],
    note="'Title:' / 'Author:' / 'Date:' fields")

case("labelled_caps_fields", lines(
    "TITLE    : Viruses, Hoaxes and the Boot Floppy",
    "AUTHOR   : Kenji Watanabe",
    "DATE     : 02/11/92",
    "VERSION  : 1.3",
    "KEYWORDS : virus, scanner, boot sector, hoax",
    "",
    body(*P_VIRUS)),
    titles=["Viruses, Hoaxes and the Boot Floppy"], creators=["Kenji Watanabe"],
    title_excludes=["1.3", "02/11/92", "virus, scanner"],
    note="capitalised labelled fields with version and keywords")

case("labelled_filename_first", lines(
    "Filename : RSI-FAQ.TXT",
    "Title    : Keyboards, Wrists and You",
    "Written by: Paul Desrosiers",
    "Released : July 1994",
    "",
    body(*P_HEALTH)),
    titles=["Keyboards, Wrists and You"], creators=["Paul Desrosiers"],
    title_excludes=["RSI-FAQ", ".TXT"],
    note="labelled fields with a file name before the title")

case("labelled_subject_from", lines(
    "Subject: Starting a Town Loan Fund",
    "From:    Gordon Achterberg",
    "Date:    Tue, 9 Nov 1993",
    "",
    body(*P_ECON)),
    titles=["Starting a Town Loan Fund"], creators=["Gordon Achterberg"],
    note="Subject:/From:/Date: memo header without Usenet fields")

case("labelled_authors_plural", lines(
    "Title:   A Field Guide to the Winter Sky",
    "Authors: Ann Writer, Bob Smith",
    "Date:    December 1995",
    "",
    body(*P_ASTRO)),
    titles=["A Field Guide to the Winter Sky"],
    creators=["Ann Writer", "Bob Smith"],
    note="'Authors:' field with two names")

case("labelled_org_author", lines(
    "Title:  Guidelines for Community Networks",
    "Author: Citizens for Open Networks",
    "Date:   1994-05-01",
    "",
    body(*P_LAW)),
    titles=["Guidelines for Community Networks"],
    creators=[("Citizens for Open Networks",)],
    note="organisation in the 'Author:' field")

# ---- D. Usenet posts ----------------------------------------------------------
case("usenet_name_angle", lines(
    "From: Harriet Lowell <hlowell@cco.caltech.edu>",
    "Newsgroups: rec.gardens",
    "Subject: Tomatoes in clay soil -- what finally worked",
    "Date: 14 May 1993 18:22:07 GMT",
    "Organization: California Institute of Technology",
    "Lines: 38",
    "",
    body(*P_GARDEN),
    "",
    "Harriet"),
    titles=["Tomatoes in clay soil -- what finally worked",
            "Tomatoes in clay soil \u2014 what finally worked",
            "Tomatoes in clay soil \u2013 what finally worked"],
    creators=["Harriet Lowell"],
    note="Usenet post, From: Name <addr>")

case("usenet_addr_paren_re", lines(
    "From: dmcallister@nyx.cs.du.edu (Duncan McAllister)",
    "Newsgroups: comp.dcom.modems",
    "Subject: Re: Dropped characters at 14400",
    "Date: 2 Feb 1994 04:11:52 GMT",
    "Organization: Nyx, Public Access Unix at U. of Denver",
    "Lines: 41",
    "Message-ID: <2iml5o$k8v@nyx.cs.du.edu>",
    "References: <2ikqa1$9c3@news.csus.edu>",
    "",
    "In article <2ikqa1$9c3@news.csus.edu>, wbrandt@csus.edu writes:",
    "> My new 14.4 keeps dropping characters during downloads.  The board",
    "> says it is my end.  Any ideas?",
    "",
    body(*P_MODEM[1:])),
    titles=["Dropped characters at 14400"],
    title_excludes=["Re:"],
    creators=["Duncan McAllister"],
    note="Usenet reply, From: addr (Name), 'Re:' subject; quoted poster is not the author")

case("usenet_full_headers", lines(
    "Path: uunet!cs.utexas.edu!howland.reston.ans.net!news.sprintlink.net!"
    "netcom.com!jmarsh",
    "From: jmarsh@netcom.com (Julian Marsh)",
    "Newsgroups: alt.bbs,alt.folklore.computers",
    "Subject: The first board I ever called",
    "Message-ID: <jmarshCx4L2p.4zA@netcom.com>",
    "Sender: jmarsh@netcom.com",
    "Organization: NETCOM On-line Communication Services (408 261-4700 guest)",
    "Date: Sat, 17 Sep 1994 03:51:13 GMT",
    "Lines: 52",
    "Xref: uunet alt.bbs:14522 alt.folklore.computers:60117",
    "",
    body(*P_BBS)),
    titles=["The first board I ever called"],
    title_excludes=["uunet", "NETCOM"],
    creators=["Julian Marsh"],
    note="Usenet post with full Path/Message-ID/Xref headers")

case("usenet_re_re", lines(
    "From: Olga Petrenko <opetrenko@world.std.com>",
    "Newsgroups: misc.education",
    "Subject: Re: Re: RE: Math anxiety in middle school",
    "Date: Wed, 12 Oct 1994 15:02:44 GMT",
    "",
    body(*P_TEACH)),
    titles=["Math anxiety in middle school"],
    title_excludes=["Re:"],
    creators=["Olga Petrenko"],
    note="Usenet subject with stacked 'Re: Re: RE:'")

case("usenet_addr_only_signed", lines(
    "From: kmoran@ucsd.edu",
    "Newsgroups: sci.astro.amateur",
    "Subject: Binoculars before telescopes",
    "Date: 3 Jun 1993 21:40:18 GMT",
    "",
    body(*P_ASTRO),
    "",
    "-- Kevin Moran"),
    titles=["Binoculars before telescopes"],
    creators_any=[["Kevin Moran"], ["kmoran@ucsd.edu"]],
    note="Usenet From: bare address, signed '-- Name' at the end")

case("usenet_faq_archive_name", lines(
    "From: faq-maint@rtfm.example.edu (Leonard Fischer)",
    "Newsgroups: comp.virus,news.answers",
    "Subject: comp.virus Frequently Asked Questions (FAQ)",
    "Followup-To: comp.virus",
    "Date: 1 Mar 1994 00:00:11 GMT",
    "Approved: news-answers-request@MIT.Edu",
    "Expires: 15 Apr 1994 00:00:00 GMT",
    "",
    "Archive-name: computer-virus/faq",
    "Last-modified: 1994/02/27",
    "Version: 2.05",
    "",
    body(*P_VIRUS)),
    titles=["comp.virus Frequently Asked Questions (FAQ)",
            "comp.virus Frequently Asked Questions"],
    title_excludes=["Archive-name", "computer-virus/faq", "2.05"],
    creators=["Leonard Fischer"],
    note="news.answers FAQ post with Archive-name block")

case("usenet_digest_header_mail", lines(
    "Date: Thu, 21 Jul 1994 10:14:03 -0400",
    "From: \"Samuel T. Okonkwo\" <sokonkwo@mailhost.example.org>",
    "To: townnet-l@listserv.example.org",
    "Subject: [TOWNNET] How our loan fund started",
    "",
    body(*P_ECON),
    "",
    "Sam Okonkwo"),
    titles=["How our loan fund started", "[TOWNNET] How our loan fund started"],
    creators_any=[["Samuel T. Okonkwo"], ["Sam Okonkwo"]],
    note="mailing-list mail, quoted display name, list tag in subject")

# ---- E. newsletters -----------------------------------------------------------
NEWSLETTER_1 = lines(
    "=" * 70,
    C("T H E   C I R C U I T   R I D E R", 70),
    C("Newsletter of the Tri-County Computer Users Group", 70),
    C("Volume 3, Issue 7  --  July 1994", 70),
    "=" * 70,
    "",
    "Editor: Janet Quarles",
    "",
    "In this issue:",
    "    From the Editor's Desk ............................ Janet Quarles",
    "    Taming the Serial Port ................................ Dan Ruiz",
    "    Meeting Notes: June ............................ Harold Jenkins",
    "",
    "-" * 70,
    "FROM THE EDITOR'S DESK",
    "by Janet Quarles",
    "",
    body("Summer has thinned our meetings, as it does every year, but the "
         "ones who came in June were treated to a lively argument about "
         "whether anyone really needs a 14.4 modem. No resolution was "
         "reached. This month we have a practical piece from Dan on serial "
         "ports and Harold's notes from the June meeting.",
         "Please keep the articles coming. The deadline for the August issue "
         "is the 25th."),
    "",
    "-" * 70,
    "TAMING THE SERIAL PORT",
    "by Dan Ruiz",
    "",
    body(*P_MODEM[2:]),
    "",
    "-" * 70,
    "MEETING NOTES: JUNE",
    "by Harold Jenkins",
    "",
    body("Twenty-two members attended. The treasurer reported a balance of "
         "$412.60. The library committee has received four donated modems "
         "and asks that members with spare cables bring them in.",
         "The program was a demonstration of offline mail readers. Several "
         "members were converted on the spot."))
case("newsletter_with_editor", NEWSLETTER_1,
     title_re=r"^the circuit rider\b",
     title_excludes=["Editor's Desk", "Serial Port", "Meeting Notes",
                     "Janet Quarles"],
     creators=["Janet Quarles"], any_role=True,
     note="newsletter issue, editor named; articles have their own bylines")

NEWSLETTER_2 = lines(
    C("GREEN THUMB GAZETTE"),
    C("The Monthly Bulletin of the Maple Valley Garden Club"),
    C("No. 42 -- April 1995"),
    "",
    "",
    "SPRING PLANT SALE",
    "",
    body("The plant sale will be held on the 22nd in the church parking lot, "
         "rain or shine. Members who are bringing divisions should label "
         "them with the variety and the colour. Set-up begins at seven."),
    "",
    "",
    "OPENING UP CLAY",
    "by Miriam Osei",
    "",
    body(*P_GARDEN[:2]),
    "",
    "",
    "A WORD ABOUT SLUGS",
    "by Walter Brandt",
    "",
    body("Beer traps work, but they also attract every slug from the "
         "neighbour's garden. Copper tape around the raised beds has served "
         "me better. Hand-picking at dusk remains the cheapest method of "
         "all, if you can bear it."))
case("newsletter_no_editor", NEWSLETTER_2,
     title_re=r"^green thumb gazette\b",
     title_excludes=["Plant Sale", "Opening Up Clay", "Slugs"],
     creators=[],
     note="newsletter issue, no editor named: articles' bylines are not the book's author")

EZINE = lines(
    "      _____ _____ _____ _____ ___ ____",
    "     / ____|_   _|  _  |_   _|_ _/ ___|",
    "     \\___ \\  | | | |_| | | |  | | |",
    "      ___) | | | |  _  | | |  | | |___",
    "     |____/  |_| |_| |_| |_| |___\\____|   N O I S E",
    "",
    C("STATIC NOISE MAGAZINE"),
    C("Issue #12  --  November 1993"),
    C("Editor: Vortex"),
    "",
    "Table of Contents",
    "-----------------",
    "  1. Introduction ............................................ Vortex",
    "  2. Phone Phreaking: Myths and Facts .................. Captain Zap",
    "  3. A Visit to the Dragon's Lair ................... Dale Whitaker",
    "",
    "=" * 70,
    "1. INTRODUCTION  (by Vortex)",
    "=" * 70,
    "",
    body("Welcome to issue twelve. We are late again, which you would think "
         "we would have learned to apologise for in a more original way by "
         "now. This issue has a piece from Captain Zap that should put to "
         "rest a few rumours, and Dale's report from one of the oldest "
         "boards in the area code."),
    "",
    "=" * 70,
    "2. PHONE PHREAKING: MYTHS AND FACTS  (by Captain Zap)",
    "=" * 70,
    "",
    body("Every few months somebody posts a file claiming you can get free "
         "long distance with a whistle. You cannot, and you have not been "
         "able to for a very long time. The switches talk to each other over "
         "a separate network you cannot reach from your kitchen."),
    "",
    "=" * 70,
    "3. A VISIT TO THE DRAGON'S LAIR  (by Dale Whitaker)",
    "=" * 70,
    "",
    body(*P_BBS[:2]))
case("ezine_issue_editor", EZINE,
     title_re=r"^static noise( magazine)?\b",
     title_excludes=["Introduction", "Phreaking", "Dragon's Lair"],
     creators=["Vortex"], any_role=True,
     note="e-zine with ASCII logo, issue line, editor handle, table of contents")

NEWSLETTER_3 = lines(
    "THE SOUTHSIDE LINK",
    "Community Newsletter of the Southside Neighbourhood Association",
    "Vol. 2, No. 3                                              Spring 1992",
    "",
    "Officers: President - Albert Mendes; Treasurer - Carol Yi;",
    "          Newsletter Editor - Frances Oduya",
    "",
    "",
    "PRESIDENT'S CORNER",
    "by Albert Mendes",
    "",
    body("It has been a long winter and a busy one for the association. The "
         "petition for a stop sign at Elm and Third gathered over three "
         "hundred signatures, and the council has promised to take it up in "
         "April."),
    "",
    "",
    "THE OLD MILL",
    "by Helen Marchetti",
    "",
    body(*P_HISTORY[:2]))
case("newsletter_officers_list", NEWSLETTER_3,
     title_re=r"^the southside link\b",
     title_excludes=["President's Corner", "Old Mill", "Officers"],
     creators_any=[["Frances Oduya"], []], any_role=True,
     note="newsletter whose officer list names the editor; president's column is not the book's author")

# ---- F. speeches --------------------------------------------------------------
case("speech_by_at_place_date", lines(
    C("WHY WE MUST KEEP LOOKING UP"),
    "",
    C("Speech by Senator Margaret Ellison"),
    C("at the National Press Club, Washington, D.C."),
    C("July 20, 1999"),
    "", "",
    body(*P_SPACE)),
    titles=["Why We Must Keep Looking Up"],
    title_excludes=["Press Club", "1999", "Senator"],
    creators=[("Margaret Ellison", "Senator Margaret Ellison")],
    note="speech: title, then 'Speech by NAME at PLACE, DATE'")

case("speech_address_of", lines(
    C("ADDRESS OF MAYOR THOMAS R. BELL"),
    C("TO THE GRADUATING CLASS OF NORTHFIELD HIGH SCHOOL"),
    C("June 12, 1992"),
    "",
    body("Graduates, parents, teachers and friends: thank you for letting "
         "me share this morning with you. I have been told that the secret "
         "of a good commencement address is to be brief, and I intend to "
         "honour that advice at least in spirit.",
         *P_SPACE[1:])),
    title_re=r"address",
    title_excludes=["June 12"],
    creators=[("Thomas R. Bell", "Mayor Thomas R. Bell")],
    name_in_title_ok=True,
    note="'Address of NAME to ...' heading (any title naming the address accepted)")

case("speech_delivered_by", lines(
    C("Commencement Address"),
    "",
    C("Delivered by Dr. Evelyn Sato"),
    C("Riverside State University"),
    C("May 15, 1993"),
    "",
    body(*P_TEACH)),
    titles=["Commencement Address"],
    title_excludes=["Riverside", "1993"],
    creators=[("Dr. Evelyn Sato", "Evelyn Sato")],
    note="'Delivered by Dr. NAME', institution and date below")

case("speech_keynote_given_by", lines(
    "KEYNOTE ADDRESS",
    "Given by Raymond Achebe",
    "at the 1994 Conference on Community Networking, Boston, Massachusetts",
    "",
    body(*P_LAW)),
    titles=["Keynote Address"],
    title_excludes=["Conference", "Boston"],
    creators=["Raymond Achebe"],
    note="keynote: 'Given by NAME at ...'")

case("speech_remarks_prepared_text", lines(
    "Remarks of Governor Linda Hargrove",
    "Statehouse Rotunda, Springfield",
    "January 9, 1995",
    "",
    "(As prepared for delivery)",
    "",
    body(*P_ECON)),
    title_re=r"remarks",
    title_excludes=["January", "prepared for delivery"],
    creators=[("Linda Hargrove", "Governor Linda Hargrove")],
    name_in_title_ok=True,
    note="'Remarks of Governor NAME' with place and date (any title naming the remarks accepted)")

# ---- G. interviews --------------------------------------------------------------
INTERVIEW_QA = body(
    "Q: How did you get started with computers?",
    "A: My brother brought home a kit in 1977 and never finished building "
    "it. I finished it for him. He has never quite forgiven me.",
    "Q: And the board?",
    "A: That came later, in 1984. I had a modem and a spare phone line, and "
    "it seemed a shame not to let other people call in. I never expected it "
    "to run for ten years.",
    "Q: What has changed most in that time?",
    "A: The speed, obviously, and the number of callers. But the biggest "
    "change is that people now expect the board to be there. In the early "
    "days, if it was down for a week, nobody minded. Now I get phone calls "
    "at home.")

case("interview_with_by", lines(
    C("An Interview with Grace Holloway"),
    C("by Tom Reyes"),
    "",
    body("Grace Holloway has run the Lamplight BBS from her farmhouse outside "
         "Ames since 1984. I spoke with her by phone in March."),
    "",
    INTERVIEW_QA),
    titles=["An Interview with Grace Holloway"],
    creators=["Tom Reyes"],
    note="'An Interview with X' + 'by Y': author is the interviewer")

case("interview_no_interviewer", lines(
    C("AN INTERVIEW WITH CAPTAIN ZAP"),
    "",
    INTERVIEW_QA),
    titles=["An Interview with Captain Zap"],
    creators=[],
    note="interview with X, interviewer not stated: X is not the author")

case("interview_conducted_by", lines(
    "Talking Bread: An Interview with Dr. Hannah Lutz",
    "Conducted by Simon Ferreira, June 1993",
    "",
    body("Dr. Hannah Lutz has spent twenty years studying the chemistry of "
         "dough. We spoke in her kitchen, which doubles as a laboratory."),
    "",
    body("Q: Why does a slow rise taste better?",
         "A: Because the enzymes in the flour have time to break starch into "
         "sugars, and the yeast and bacteria have time to turn those sugars "
         "into flavour. A quick rise skips most of that.",
         "Q: Is there any reason to hurry?",
         "A: Only if you are hungry.")),
    titles=["Talking Bread: An Interview with Dr. Hannah Lutz",
            "Talking Bread"],
    creators=["Simon Ferreira"],
    note="'Conducted by NAME, DATE': interviewee (a Dr.) is not the author")

case("interview_transcript_named", lines(
    "=" * 60,
    "  TRANSCRIPT: Online conference with author Nadia Kessler",
    "  Held in the Authors' Forum, 9 p.m. EST, 14 October 1994",
    "  Moderated by Phil Gutierrez",
    "=" * 60,
    "",
    "<PHIL> Welcome, everyone, and welcome Nadia. Let's start with the",
    "       obvious one: where did the idea for the book come from?",
    "<NADIA> From a lighthouse, actually. I spent a summer on an island off",
    "        the coast of Maine and could not stop thinking about the",
    "        children who grew up in those towers.",
    "<PHIL> Did you do much research?",
    "<NADIA> Far too much. Most of it never made it into the book, which",
    "        is how it should be.",
    "<PHIL> Questions from the audience now. Go ahead, Marge.",
    "<MARGE> Will there be a sequel?",
    "<NADIA> Not if my editor has anything to say about it."),
    creators_any=[[], ["Phil Gutierrez"]],
    title_excludes=["9 p.m.", "1994", "====", "Moderated"],
    note="online conference transcript; guest is not the author (none, or the moderator, accepted)")

# ---- H. reviews ------------------------------------------------------------------
case("review_of_book_by_other", lines(
    C("Review of THE SILICON GARDEN by Naomi Feld"),
    C("Reviewed by Carl Ostrowski"),
    "",
    body("Naomi Feld's second novel is set in a near future where every "
         "suburban lawn has been replaced by solar panels and the last "
         "gardeners grow vegetables in secret. It is a clever premise, and "
         "for the first hundred pages Feld handles it with real wit.",
         "The trouble begins when the plot takes over. A conspiracy is "
         "uncovered, a chase ensues, and the quiet observation that made "
         "the opening so appealing is lost in a rush of incident.",
         "Still, there is more genuine feeling here than in most of what "
         "passes for science fiction these days. Recommended, with "
         "reservations.")),
    titles=["Review of The Silicon Garden by Naomi Feld",
            "Review of The Silicon Garden"],
    creators=["Carl Ostrowski"],
    note="review: the reviewed book's author is not the text's author")

case("review_biblio_block", lines(
    "BOOK REVIEW",
    "",
    "Title:     The Silicon Garden",
    "Author:    Naomi Feld",
    "Publisher: Meridian Press, 1994",
    "Pages:     312",
    "Price:     $21.95 (hardcover)",
    "",
    "Reviewed by Carl Ostrowski",
    "",
    body("Naomi Feld's second novel is set in a near future where every "
         "suburban lawn has been replaced by solar panels and the last "
         "gardeners grow vegetables in secret. It is a clever premise, and "
         "for the first hundred pages Feld handles it with real wit.",
         "The trouble begins when the plot takes over, and the quiet "
         "observation that made the opening so appealing is lost in a rush "
         "of incident. Recommended, with reservations.")),
    creators=["Carl Ostrowski"],
    title_excludes=["Meridian", "312", "21.95"],
    note="review with a bibliographic block whose Title:/Author: describe the reviewed book")

case("review_movie", lines(
    "MOVIE REVIEW: BLADE OF NIGHT (1993)",
    "A review by Jim Harker",
    "Copyright 1993 Jim Harker",
    "",
    body("Blade of Night wants very badly to be a thriller, and for about "
         "forty minutes it is one. The opening chase through a rain-soaked "
         "rail yard is staged with real flair.",
         "After that, the film forgets what it was doing. Characters appear "
         "and vanish, the villain explains his plan twice, and the climax "
         "takes place in a warehouse so dark that I could not tell who was "
         "hitting whom.",
         "Two stars out of four, both of them for the rail yard.")),
    titles=["Movie Review: Blade of Night (1993)", "Blade of Night",
            "Blade of Night (1993)"],
    creators=["Jim Harker"],
    note="film review, 'A review by NAME'")

# ---- I. translations -----------------------------------------------------------
case("translated_by_comma", lines(
    C("THE FERRYMAN"),
    "",
    C("by Ivo Markovic, translated by Helen Ward"),
    "",
    body(*P_STORY)),
    titles=["The Ferryman"],
    creators=["Ivo Markovic"], others_ok=["Helen Ward"],
    title_excludes=["translated", "Helen Ward"],
    note="'by NAME, translated by OTHER': author is NAME")

case("translated_from_german_lines", lines(
    C("The Clockmaker's Apprentice"),
    "",
    C("by Friedrich Albrecht"),
    "",
    C("Translated from the German by Margaret Lyle"),
    "", "",
    body(*P_STORY[:3])),
    titles=["The Clockmaker's Apprentice"],
    creators=["Friedrich Albrecht"], others_ok=["Margaret Lyle"],
    title_excludes=["Translated", "Margaret Lyle"],
    note="author line, then 'Translated from the German by OTHER'")

case("translated_only_translator", lines(
    C("THE WOODCUTTER AND THE CROW"),
    C("A Folk Tale from the Carpathians"),
    "",
    C("Translated by Helen Ward"),
    "",
    body("There was once a woodcutter so poor that he owned nothing but an "
         "axe and a coat with one sleeve. Every morning he went into the "
         "forest, and every evening he came home with a bundle of sticks "
         "that he sold for a loaf of bread.",
         "One winter morning he found a crow with a broken wing lying in "
         "the snow. He had nothing to spare, but he put the bird inside his "
         "coat, in the place where the second sleeve should have been, and "
         "carried it home.",
         "The crow lived with him until spring. On the morning it flew "
         "away, it left behind a single black feather, and that feather, as "
         "everyone in the village knows, is why his grandchildren never went "
         "hungry.")),
    titles=["The Woodcutter and the Crow",
            "The Woodcutter and the Crow: A Folk Tale from the Carpathians"],
    creators=[], others_ok=["Helen Ward"],
    title_excludes=["Translated", "Helen Ward"],
    note="folk tale with only a translator: no author (translator allowed with a non-author role)")

# ---- J. several authors -----------------------------------------------------------
case("two_authors_and", lines(
    C("A FIELD GUIDE TO THE WINTER SKY"),
    "",
    C("by Ann Writer and Bob Smith"),
    "",
    body(*P_ASTRO)),
    titles=["A Field Guide to the Winter Sky"],
    creators=["Ann Writer", "Bob Smith"],
    note="'by A and B'")

case("three_authors_oxford", lines(
    C("Community Networks: A Primer"),
    C("by Ann Writer, Bob Smith, and Carla Nunez"),
    "",
    body(*P_LAW)),
    titles=["Community Networks: A Primer", "Community Networks"],
    creators=["Ann Writer", "Bob Smith", "Carla Nunez"],
    note="'by A, B, and C'")

case("two_authors_ampersand", lines(
    "SLOW BREAD",
    "by Marcus Oyelaran & Paula Grieve",
    "",
    body(*P_COOK)),
    titles=["Slow Bread"],
    creators=["Marcus Oyelaran", "Paula Grieve"],
    note="'by A & B'")

case("two_authors_stacked", lines(
    C("THE ECONOMICS OF SMALL TOWNS"),
    "",
    C("Teresa Lindqvist"),
    C("Gordon Achterberg"),
    "",
    body(*P_ECON)),
    titles=["The Economics of Small Towns"],
    creators=["Teresa Lindqvist", "Gordon Achterberg"],
    note="two author names stacked, centred, no 'by'")

# ---- K. organisations ------------------------------------------------------------
case("org_prepared_by", lines(
    C("SAFE CALLING: A GUIDE FOR PARENTS"),
    "",
    C("Prepared by the Committee for Safe Online Communities"),
    "",
    body(*P_LAW)),
    titles=["Safe Calling: A Guide for Parents", "Safe Calling"],
    creators=[("Committee for Safe Online Communities",
               "the Committee for Safe Online Communities")],
    note="'Prepared by the Committee for ...'")

case("org_issued_by_board", lines(
    "Using the Library's Dial-Up Catalog",
    "",
    "Issued by the Northfield County Library Board",
    "Revised September 1993",
    "",
    body("The library's catalog can now be searched from any home computer "
         "with a modem. Set your terminal program to 2400 bits per second, "
         "eight data bits, no parity and one stop bit, and dial 555-0143.",
         "At the welcome screen, type CATALOG and press Enter. You will be "
         "asked for your library card number; the catalog itself is open to "
         "everyone, but placing holds requires a card.",
         "Searches may be made by author, title or subject. Type HELP at any "
         "prompt for a list of commands, and BYE when you are finished.")),
    titles=["Using the Library's Dial-Up Catalog"],
    title_excludes=["Revised", "1993"],
    creators_any=[["Northfield County Library Board"], []],
    note="'Issued by the ... Board', revision date")

# ---- L. banners and boxes -----------------------------------------------------------
case("banner_downloaded_from", lines(
    "Downloaded from THE OUTPOST BBS  (555) 234-9911  300/1200/2400",
    "",
    "",
    C("THE CROSSING"),
    C("by Celia Montrose"),
    "",
    body(*P_STORY)),
    titles=["The Crossing"],
    title_excludes=["Outpost", "Downloaded", "555"],
    creators=["Celia Montrose"],
    note="'Downloaded from XYZ BBS 555-...' line before the title")

case("banner_another_file_from", lines(
    "+" + "-" * 68 + "+",
    "|" + "Another file downloaded from:".center(68) + "|",
    "|" + "".center(68) + "|",
    "|" + "THE DRAGON'S LAIR".center(68) + "|",
    "|" + "(555) 867-5309 -- 14.4k v.32bis -- 24 hours".center(68) + "|",
    "|" + "Sysop: Dale Whitaker".center(68) + "|",
    "+" + "-" * 68 + "+",
    "",
    "",
    C("VIRUSES, HOAXES AND THE BOOT FLOPPY"),
    C("by Kenji Watanabe"),
    "",
    body(*P_VIRUS)),
    titles=["Viruses, Hoaxes and the Boot Floppy"],
    title_excludes=["Dragon", "Another file", "14.4k", "Sysop"],
    creators=["Kenji Watanabe"],
    note="'Another file downloaded from' box naming the sysop, then title + byline")

case("banner_asterisks_sysop", lines(
    "*" * 72,
    "***   T H E   P I T   B B S    *    300/1200/2400    *   24 hrs      ***",
    "***   Sysop: Dark Angel        *    (555) 410-6621   *   Est. 1986   ***",
    "*" * 72,
    "",
    C("A Few Words On Tomatoes"),
    "",
    body(*P_GARDEN),
    "",
    "                                          -- Ingrid Haugen"),
    titles=["A Few Words On Tomatoes"],
    title_excludes=["PIT", "Sysop", "24 hrs"],
    creators=["Ingrid Haugen"],
    note="asterisk banner naming the sysop (not the author); author signs at the end")

case("ascii_box_title_by", lines(
    "   +----------------------------------------------------------+",
    "   |                                                          |",
    "   |           THE BLACK BOOK OF MODEM COMMANDS               |",
    "   |                                                          |",
    "   |                   by Feliks Nowak                        |",
    "   |                                                          |",
    "   +----------------------------------------------------------+",
    "",
    body(*P_MODEM)),
    titles=["The Black Book of Modem Commands"],
    title_excludes=["+---", "|"],
    creators=["Feliks Nowak"],
    note="title and byline inside an ASCII box")

case("ascii_box_stars_title", lines(
    "      ***********************************************",
    "      *                                             *",
    "      *          SERIAL PORTS DEMYSTIFIED           *",
    "      *                                             *",
    "      *            Written by Dan Ruiz              *",
    "      *                                             *",
    "      ***********************************************",
    "",
    body(*P_MODEM[2:])),
    titles=["Serial Ports Demystified"],
    title_excludes=["*"],
    creators=["Dan Ruiz"],
    note="title and 'Written by' inside a box of asterisks")

case("equals_rules_around_title", lines(
    "=" * 70,
    C("THE SHORT, HAPPY LIFE OF A GARAGE BAND", 70),
    "=" * 70,
    C("by Nick Castellano", 70),
    "",
    body(*P_MUSIC)),
    titles=["The Short, Happy Life of a Garage Band"],
    title_excludes=["==="],
    creators=["Nick Castellano"],
    note="'=====' rules around the title")

case("uploaded_by_not_author", lines(
    "Uploaded by: Sparky  (The Outpost BBS, 555-234-9911)",
    "",
    C("KEYBOARDS AND WRISTS"),
    C("by Dr. Eleanor Marsh"),
    "",
    body(*P_HEALTH)),
    titles=["Keyboards and Wrists"],
    title_excludes=["Sparky", "Uploaded"],
    creators=[("Dr. Eleanor Marsh", "Eleanor Marsh")],
    note="'Uploaded by' (uploader is not the author)")

case("typed_in_by_not_author", lines(
    C("WHAT EVERY FAMILY SHOULD KNOW ABOUT LEAD PAINT"),
    C("by Dr. Harold Finch, County Health Officer"),
    "",
    C("[Typed in from the original 1978 pamphlet by Sparky]"),
    "",
    body("Houses built before 1950 very often contain paint with a high "
         "proportion of lead, and many built before 1978 contain some. The "
         "paint is harmless while it stays on the wall. It becomes dangerous "
         "when it flakes, chips or is sanded into dust.",
         "Young children are most at risk, because they put their hands and "
         "toys in their mouths and because their growing bodies absorb lead "
         "more readily than an adult's. Even small amounts can affect "
         "learning and behaviour.",
         "If you live in an older house, keep painted surfaces in good "
         "repair, wash children's hands before meals, and never dry-sand old "
         "paint. Your county health office can test your home at no "
         "charge.")),
    titles=["What Every Family Should Know About Lead Paint"],
    title_excludes=["Sparky", "Typed"],
    creators=[("Dr. Harold Finch", "Harold Finch")],
    note="'Typed in ... by Sparky' transcriber is not the author")

case("banner_at_end", lines(
    C("Starting a Town Loan Fund"),
    C("by Gordon Achterberg"),
    "",
    body(*P_ECON),
    "",
    "-" * 70,
    "  This file was downloaded from THE GREEN ROOM BBS (555) 332-1180",
    "  Home of the Midwest Community Net echo -- Sysop: Nora Beckett",
    "-" * 70),
    titles=["Starting a Town Loan Fund"],
    creators=["Gordon Achterberg"],
    note="board advert at the end naming a sysop")

case("banner_multi_line_ads", lines(
    "      ----====> THE ELECTRIC PUB <====----",
    "      Node 1: 555-1234    Node 2: 555-1235",
    "      FidoNet 1:234/567   -- 2 GIGS ONLINE --",
    "",
    "",
    "Title: Ten Years on the Night Shift",
    "By: Dale Whitaker",
    "",
    body(*P_BBS)),
    titles=["Ten Years on the Night Shift"],
    title_excludes=["Electric Pub", "Node", "FidoNet", "GIGS"],
    creators=["Dale Whitaker"],
    note="BBS advert lines, then labelled Title:/By:")

# ---- M. no title -------------------------------------------------------------------
case("no_title_prose_first", lines(
    body("I have been meaning to write this down for years, and a quiet "
         "week with the flu has finally given me the excuse. What follows is "
         "a more or less accurate account of the years I spent calling "
         "bulletin boards in the late eighties.",
         *P_BBS[1:])),
    title_excludes=["I have been meaning", "meaning to write", "quiet week"],
    creators=[],
    note="no title line, no author: expect no invented title (filename or 'Untitled' accepted)")

case("no_title_signed", lines(
    body("The trouble with tomatoes in this part of the valley is the clay, "
         "and I say that as someone who has lost more seedlings to it than I "
         "care to count.",
         *P_GARDEN[1:]),
    "",
    "-- Maria Gomez"),
    title_excludes=["The trouble with tomatoes", "trouble with"],
    creators=["Maria Gomez"],
    note="no title line, signed at the end")

case("no_title_short_first_line", lines(
    "Well, here it is.",
    "",
    body("After much nagging from the regulars on the board, I have finally "
         "put together a short account of how the loan fund came about. I "
         "make no claims for it as economics.",
         *P_ECON)),
    title_excludes=["here it is", "Well"],
    creators=[],
    note="no title; a short conversational first line is not a title")

# ---- N. copyright lines ---------------------------------------------------------------
case("copyright_by_only_credit", lines(
    C("THE LAST DAYS OF THE PARTY LINE"),
    "",
    C("Copyright 1993 by Walter Brandt"),
    "",
    body(*P_BBS)),
    titles=["The Last Days of the Party Line"],
    title_excludes=["Copyright", "1993"],
    creators=["Walter Brandt"],
    note="'Copyright 1993 by NAME' as the only credit")

case("copyright_c_all_rights", lines(
    "Getting Started in Amateur Astronomy",
    "(c) 1994 Walter Brandt.  All rights reserved.",
    "May be freely distributed for non-commercial purposes if unaltered.",
    "",
    body(*P_ASTRO)),
    titles=["Getting Started in Amateur Astronomy"],
    title_excludes=["(c)", "rights reserved"],
    creators=["Walter Brandt"],
    note="'(c) YEAR NAME. All rights reserved.' as the only credit")

case("copyright_at_end_only", lines(
    "THE KEEPER'S DAUGHTER",
    "",
    body(*P_STORY),
    "",
    "",
    "Copyright (C) 1995 Ruth Abernathy.  Permission granted to copy for",
    "personal use provided this notice is kept intact."),
    titles=["The Keeper's Daughter"],
    creators=["Ruth Abernathy"],
    note="copyright notice at the end as the only credit")

case("copyright_company", lines(
    "QUICKDIAL 3.0 USER NOTES",
    "Copyright (C) 1992 Lakeshore Software, Inc.",
    "",
    body(*P_MODEM)),
    titles=["QuickDial 3.0 User Notes"],
    creators_any=[[], ["Lakeshore Software, Inc."], ["Lakeshore Software"]],
    title_excludes=["Copyright"],
    note="company copyright (none or the company accepted)")

case("copyright_plus_byline", lines(
    "WHO ANSWERS FOR THE MESSAGE BASE?",
    "by Lorraine Tucker",
    "Copyright 1994 by Lorraine Tucker",
    "",
    body(*P_LAW)),
    titles=["Who Answers for the Message Base?"],
    title_excludes=["Copyright"],
    creators=["Lorraine Tucker"],
    note="byline and copyright naming the same person: one creator")

# ---- O. epigraphs --------------------------------------------------------------------
case("epigraph_before_title_byline", lines(
    '     "The reports of my death are greatly exaggerated."',
    "                                        -- Mark Twain",
    "", "",
    C("THE BULLETIN BOARD IS NOT DEAD"),
    C("by Felix Amundsen"),
    "",
    body(*P_BBS)),
    titles=["The Bulletin Board Is Not Dead"],
    title_excludes=["exaggerated", "Twain"],
    creators=["Felix Amundsen"],
    note="epigraph with '-- Mark Twain' before the title; Twain is not the author")

case("epigraph_before_title_no_byline", lines(
    "     Whatever you can do, or dream you can, begin it.",
    "                                        -- Goethe",
    "", "",
    C("STARTING OVER AT FORTY"),
    "",
    body(*P_ECON)),
    titles=["Starting Over at Forty"],
    title_excludes=["dream", "Goethe"],
    creators=[],
    note="epigraph before the title, no author anywhere: the epigraph's source is not the author")

case("epigraph_after_byline", lines(
    C("ON TEACHING"),
    C("by Sandra Kowalczyk"),
    "",
    '          "Education is not the filling of a pail,',
    '           but the lighting of a fire."',
    "                               -- W. B. Yeats",
    "",
    body(*P_TEACH)),
    titles=["On Teaching"],
    creators=["Sandra Kowalczyk"],
    note="epigraph with attribution between byline and text")

case("epigraph_then_signature", lines(
    "     Not all those who wander are lost.",
    "                        -- J. R. R. Tolkien",
    "",
    C("NOTES FROM A WANDERING SYSOP"),
    "",
    body(*P_BBS),
    "",
    "Marcus Hale",
    "Sysop, The Wanderer's Rest BBS"),
    titles=["Notes from a Wandering Sysop"],
    title_excludes=["wander are lost", "Tolkien"],
    creators=["Marcus Hale"],
    note="epigraph before the title, author signs at the end")

case("epigraph_twain_with_dash_no_space", lines(
    C("The Right Word"),
    "",
    '"The difference between the almost right word and the right word is',
    ' really a large matter."  --Mark Twain',
    "",
    body(*P_TEACH),
    "",
    "--Nora Beckett"),
    titles=["The Right Word"],
    creators=["Nora Beckett"],
    note="'--Mark Twain' after a quote under the title, '--NAME' signs at end")

# ---- P. reprint / source notes -------------------------------------------------------
case("reprinted_from_magazine", lines(
    C("SERIAL PORTS AND WHY THEY MATTER"),
    C("by Dan Ruiz"),
    "",
    C("Reprinted from Modem User's Monthly, June 1989"),
    "",
    body(*P_MODEM)),
    titles=["Serial Ports and Why They Matter"],
    title_excludes=["Reprinted", "Monthly", "1989"],
    creators=["Dan Ruiz"],
    note="'Reprinted from MAGAZINE, DATE'")

case("reprinted_before_title", lines(
    "[Reprinted from The Quarterly Review of Rural Affairs, Spring 1991,",
    " with the kind permission of the editors.]",
    "",
    "SMALL LOANS, BIG TOWN",
    "Teresa Lindqvist",
    "",
    body(*P_ECON)),
    titles=["Small Loans, Big Town"],
    title_excludes=["Reprinted", "Quarterly", "1991"],
    creators=["Teresa Lindqvist"],
    note="bracketed reprint note before the title, bare author name")

case("originally_appeared_end", lines(
    "The Mill on Cobb Creek",
    "by R. T. Vandermeer",
    "",
    body(*P_HISTORY),
    "",
    "This article originally appeared in the Cobb County Historical",
    "Society Bulletin, Vol. 14, No. 2 (1987)."),
    titles=["The Mill on Cobb Creek"],
    creators=["R. T. Vandermeer"],
    note="'originally appeared in' note at the end")

case("from_journal_top_line", lines(
    "From: JOURNAL OF AMATEUR ASTRONOMY, Vol. 4, No. 3 (Fall 1990)",
    "",
    C("The Binocular Sky"),
    C("by Rosalind Prewitt"),
    "",
    body(*P_ASTRO)),
    titles=["The Binocular Sky"],
    title_excludes=["Journal", "Vol. 4"],
    creators=["Rosalind Prewitt"],
    note="'From: JOURNAL, Vol.' source line (not a Usenet From:) before the title")

# ---- Q. dates ---------------------------------------------------------------------------
case("date_above_title", lines(
    "March 12, 1994",
    "", "",
    C("THE CASE FOR PRIVATE MAIL"),
    C("by Rebecca Tanaka"),
    "",
    body(*P_PRIVACY)),
    titles=["The Case for Private Mail"],
    title_excludes=["March", "1994"],
    creators=["Rebecca Tanaka"],
    note="date line above the title")

case("date_version_after_title", lines(
    "THE COMPLETE BREAD FAQ",
    "Version 2.1 -- Revised 11/3/93",
    "Maintained by Jonas Berglund <jberg@mcs.anl.gov>",
    "",
    body(*P_COOK)),
    titles=["The Complete Bread FAQ"],
    title_excludes=["Version", "11/3/93", "Revised"],
    creators=["Jonas Berglund"],
    note="FAQ: version/revision line, 'Maintained by NAME <addr>'")

case("date_only_header_no_author", lines(
    "                                                    October 4, 1992",
    "",
    "NOTES ON THE AUTUMN SKY",
    "",
    body(*P_ASTRO)),
    titles=["Notes on the Autumn Sky"],
    title_excludes=["October", "1992"],
    creators=[],
    note="date right-aligned above the title, no author")

case("date_numeric_first_line", lines(
    "12/03/91",
    "",
    "Why Clay Is Your Friend",
    "Miriam Osei",
    "",
    body(*P_GARDEN)),
    titles=["Why Clay Is Your Friend"],
    title_excludes=["12/03/91"],
    creators=["Miriam Osei"],
    note="numeric date as the first line")

case("faq_maintained_by", lines(
    C("Frequently Asked Questions about Repetitive Strain Injury"),
    "",
    C("Maintained by Paul Desrosiers <pauld@world.std.com>"),
    C("Last modified: 22 August 1994"),
    "",
    body(*P_HEALTH)),
    titles=["Frequently Asked Questions about Repetitive Strain Injury"],
    title_excludes=["Last modified", "1994"],
    creators=["Paul Desrosiers"],
    note="FAQ 'Maintained by NAME <addr>', 'Last modified' date")

# ---- R. Project Gutenberg ------------------------------------------------------------------
PG_LICENSE_TAIL = lines(
    "",
    "*** END OF THIS PROJECT GUTENBERG EBOOK {UP} ***",
    "",
    "***** This file should be named 11422.txt or 11422.zip *****",
    "This and all associated files of various formats will be found in:",
    "        http://www.gutenberg.org/1/1/4/2/11422/",
    "",
    "Updated editions will replace the previous one--the old editions",
    "will be renamed.",
    "",
    "*** START: FULL LICENSE ***",
    "",
    "THE FULL PROJECT GUTENBERG LICENSE",
    "PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK",
    "",
    body("To protect the Project Gutenberg mission of promoting the free "
         "distribution of electronic works, by using or distributing this "
         "work you agree to comply with all the terms of the license "
         "available with this file or online.",
         "Project Gutenberg is a registered trademark. It may only be used "
         "on or associated in any way with an electronic work by people who "
         "agree to be bound by the terms of this agreement."))


def pg_modern(title, author, extra_fields="", inner_head="", tail_up=None,
              produced="Produced by Charles Franks and the Online Distributed\n"
                       "Proofreading Team."):
    up = tail_up or title.upper()
    return lines(
        "The Project Gutenberg EBook of %s, by %s" % (title, author),
        "",
        "This eBook is for the use of anyone anywhere at no cost and with",
        "almost no restrictions whatsoever.  You may copy it, give it away or",
        "re-use it under the terms of the Project Gutenberg License included",
        "with this eBook or online at www.gutenberg.org",
        "",
        "",
        "Title: %s" % title,
        "",
        "Author: %s" % author,
        extra_fields,
        "Release Date: March 4, 2004 [EBook #11422]",
        "",
        "Language: English",
        "",
        "Character set encoding: ASCII",
        "",
        "*** START OF THIS PROJECT GUTENBERG EBOOK %s ***" % up,
        "", "", "",
        produced,
        "", "", "",
        inner_head,
        "", "",
        "CHAPTER I",
        "",
        body(*P_STORY, style="indent"),
        "",
        "",
        "CHAPTER II",
        "",
        body(*P_HISTORY, style="indent"),
        PG_LICENSE_TAIL.replace("{UP}", up))


case("pg_modern_header", pg_modern(
    "The Lamplighter's Daughter", "Agnes Whitcombe",
    inner_head=lines(C("THE LAMPLIGHTER'S DAUGHTER"), "",
                     C("BY AGNES WHITCOMBE"))),
    titles=["The Lamplighter's Daughter"],
    title_excludes=["Project Gutenberg", "EBook", "#11422"],
    creators=["Agnes Whitcombe"],
    note="PG wrapper with Title:/Author: header; 'Produced by' is not the author")

case("pg_with_translator", pg_modern(
    "The Ferryman", "Ivo Markovic",
    extra_fields="\nTranslator: Helen Ward\n",
    inner_head=lines(C("THE FERRYMAN"), "", C("BY IVO MARKOVIC"), "",
                     C("TRANSLATED BY HELEN WARD"))),
    titles=["The Ferryman"],
    creators=["Ivo Markovic"], others_ok=["Helen Ward"],
    title_excludes=["Translated", "Helen Ward"],
    note="PG header with Translator: field")

case("pg_two_line_title", lines(
    "The Project Gutenberg EBook of The Lost Modem, by Percival Dunmore",
    "",
    "This eBook is for the use of anyone anywhere at no cost and with",
    "almost no restrictions whatsoever.  You may copy it, give it away or",
    "re-use it under the terms of the Project Gutenberg License included",
    "with this eBook or online at www.gutenberg.org",
    "",
    "",
    "Title: The Lost Modem",
    "       A Tale of the Wires",
    "",
    "Author: Percival Dunmore",
    "",
    "Illustrator: Ada Pennington",
    "",
    "Release Date: August 12, 2006 [EBook #19011]",
    "",
    "Language: English",
    "",
    "*** START OF THIS PROJECT GUTENBERG EBOOK THE LOST MODEM ***",
    "", "",
    "Produced by Al Haines",
    "", "", "",
    C("THE LOST MODEM"),
    C("A TALE OF THE WIRES"),
    "",
    C("BY PERCIVAL DUNMORE"),
    "",
    C("ILLUSTRATED BY ADA PENNINGTON"),
    "", "",
    "CHAPTER I",
    "",
    body(*P_BBS, style="indent"),
    PG_LICENSE_TAIL.replace("{UP}", "THE LOST MODEM")),
    titles=["The Lost Modem", "The Lost Modem: A Tale of the Wires"],
    title_excludes=["Gutenberg", "Dunmore"],
    creators=["Percival Dunmore"], others_ok=["Ada Pennington"],
    note="PG header, title continued on an indented second line, Illustrator: field")

case("pg_old_etext_smallprint", lines(
    "**The Project Gutenberg Etext of The Tinker's Almanac, by Silas Pemberton**",
    "#2 in our series by Silas Pemberton",
    "",
    "Copyright laws are changing all over the world, be sure to check",
    "the copyright laws for your country before posting these files!!",
    "",
    "Please take a look at the important information in this header.",
    "We encourage you to keep this file on your own disk, keeping an",
    "electronic path open for the next readers.  Do not remove this.",
    "",
    "",
    "**Welcome To The World of Free Plain Vanilla Electronic Texts**",
    "",
    "**Etexts Readable By Both Humans and By Computers, Since 1971**",
    "",
    "*These Etexts Prepared By Hundreds of Volunteers and Donations*",
    "",
    "Information on contacting Project Gutenberg to get Etexts, and",
    "further information is included below.  We need your donations.",
    "",
    "",
    "The Tinker's Almanac",
    "",
    "by Silas Pemberton",
    "",
    "June, 1996  [Etext #579]",
    "",
    "",
    "**The Project Gutenberg Etext of The Tinker's Almanac, by Silas Pemberton**",
    "*****This file should be named tinkr10.txt or tinkr10.zip******",
    "",
    "Corrected EDITIONS of our etexts get a new NUMBER, tinkr11.txt",
    "VERSIONS based on separate sources get new LETTER, tinkr10a.txt",
    "",
    "",
    body("We produce about two million dollars for each hour we work. The "
         "fifty hours is one conservative estimate for how long it we take "
         "to get any etext selected, entered, proofread, edited, "
         "copyright searched and analyzed, the copyright letters written, "
         "etc."),
    "",
    "**START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***",
    "Why is this \"Small Print!\" statement here?  You know: lawyers.",
    "They tell us you might sue us if there is something wrong with",
    "your copy of this etext, even if you got it for free from",
    "someone other than us, and even if what's wrong is not our",
    "fault.",
    "",
    "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*",
    "",
    "",
    "This etext was prepared by Harold Quimby <hquimby@example.edu>.",
    "",
    "",
    C("THE TINKER'S ALMANAC"),
    "",
    C("BY SILAS PEMBERTON"),
    "", "",
    "JANUARY",
    "",
    body(*P_GARDEN, style="indent"),
    "",
    "FEBRUARY",
    "",
    body(*P_COOK, style="indent"),
    "",
    "",
    "End of the Project Gutenberg Etext of The Tinker's Almanac"),
    titles=["The Tinker's Almanac"],
    title_excludes=["Gutenberg", "Etext", "Small Print", "#2 in our series"],
    creators=["Silas Pemberton"],
    note="1990s PG etext with SMALL PRINT; 'prepared by' is not the author")

case("pg_start_marker_only", lines(
    "*** START OF THE PROJECT GUTENBERG EBOOK THE CASE FOR PRIVATE MAIL ***",
    "",
    "",
    C("THE CASE FOR PRIVATE MAIL"),
    "",
    C("by Rebecca Tanaka"),
    "",
    body(*P_PRIVACY),
    "",
    "*** END OF THE PROJECT GUTENBERG EBOOK THE CASE FOR PRIVATE MAIL ***"),
    titles=["The Case for Private Mail"],
    title_excludes=["Gutenberg", "***"],
    creators=["Rebecca Tanaka"],
    note="PG START/END markers only (header stripped), title and byline inside")

case("pg_author_various_editor", lines(
    "The Project Gutenberg EBook of Tales of the Valley, by Various",
    "",
    "This eBook is for the use of anyone anywhere at no cost and with",
    "almost no restrictions whatsoever.",
    "",
    "Title: Tales of the Valley",
    "",
    "Author: Various",
    "",
    "Editor: Constance Albright",
    "",
    "Release Date: May 1, 2005 [EBook #15700]",
    "",
    "Language: English",
    "",
    "*** START OF THIS PROJECT GUTENBERG EBOOK TALES OF THE VALLEY ***",
    "",
    C("TALES OF THE VALLEY"),
    C("Edited by Constance Albright"),
    "",
    "THE KEEPER'S DAUGHTER",
    "By Ruth Abernathy",
    "",
    body(*P_STORY),
    "",
    "THE MILL",
    "By R. T. Vandermeer",
    "",
    body(*P_HISTORY),
    PG_LICENSE_TAIL.replace("{UP}", "TALES OF THE VALLEY")),
    titles=["Tales of the Valley"],
    creators_any=[[], ["Various"], ["Constance Albright"]],
    title_excludes=["Edited by", "Ruth Abernathy", "Vandermeer"],
    others_ok=["Constance Albright"],
    note="PG anthology, Author: Various, Editor: field; contributors' bylines are not the book's author")

# ---- S. mixed / tricky -----------------------------------------------------------------------
case("title_then_by_in_sentence", lines(
    "THE PARTY LINE",
    "",
    body("by the time my grandmother got her first private telephone line, "
         "in 1961, she had listened in on her neighbours' conversations for "
         "thirty years and saw no reason to stop.",
         *P_BBS[1:3])),
    titles=["The Party Line"],
    creators=[],
    note="body's first sentence starts with lower-case 'by the time': not a byline")

case("presented_to_not_author", lines(
    C("A Short History of the Tri-County Users Group"),
    "",
    C("by Harold Jenkins"),
    "",
    C("Presented to the membership on the occasion"),
    C("of the Group's tenth anniversary, 1 May 1993"),
    "",
    body(*P_HISTORY)),
    titles=["A Short History of the Tri-County Users Group"],
    title_excludes=["Presented", "anniversary"],
    creators=["Harold Jenkins"],
    note="dedication/occasion lines after the byline")

case("dedication_for_not_author", lines(
    C("NIGHT SHIFT AND OTHER POEMS"),
    C("by Ellen Kirkby"),
    "",
    C("for my father, William Kirkby (1921-1990)"),
    "", "",
    "    The mill lights burn till morning",
    "    and the river takes the sound,",
    "    the looms go on without us",
    "    when the whistle comes around.",
    "",
    body(*P_HISTORY[:2])),
    titles=["Night Shift and Other Poems"],
    creators=["Ellen Kirkby"],
    note="dedication 'for NAME' is not a second author")

case("edited_by_anthology", lines(
    C("VOICES FROM THE BOARDS"),
    C("An Anthology of BBS Writing, 1985-1995"),
    "",
    C("Edited by Constance Albright"),
    "", "",
    "THE FIRST BOARD",
    "by Julian Marsh",
    "",
    body(*P_BBS[:2]),
    "",
    "NIGHT SHIFT",
    "by Dale Whitaker",
    "",
    body(*P_BBS[2:])),
    titles=["Voices from the Boards",
            "Voices from the Boards: An Anthology of BBS Writing, 1985-1995"],
    title_excludes=["First Board", "Night Shift", "Edited by", "Julian Marsh",
                    "Dale Whitaker"],
    creators_any=[[], ["Constance Albright"]],
    others_ok=["Constance Albright"],
    note="anthology 'Edited by': contributors are not the book's authors")

case("lowercase_by_after_title_bbs_style", lines(
    "-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-",
    "            hOW tO sURVIVE yOUR fIRST bBS cRASH",
    "                      bY -=*DaRk AnGeL*=-",
    "-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-",
    "",
    body("so your hard drive just died and took the whole board with it. "
         "relax. it happens to everybody eventually and most boards come "
         "back stronger.",
         "first thing: do not panic and start running every disk utility "
         "you own. half of them will make it worse. power down, pull the "
         "drive, and think.",
         "second thing: backups. if you had them, restore. if you did not, "
         "this is the day you start.")),
    titles=["hOW tO sURVIVE yOUR fIRST bBS cRASH",
            "How to Survive Your First BBS Crash"],
    title_excludes=["-=-="],
    creators_any=[["Dark Angel"], ["-=*DaRk AnGeL*=-"]],
    note="elite-speak caps and decorated handle (Dark Angel)")

case("title_with_colon_not_label", lines(
    "Tomatoes: A Love Story",
    "by Ingrid Haugen",
    "",
    body(*P_GARDEN)),
    titles=["Tomatoes: A Love Story"],
    creators=["Ingrid Haugen"],
    note="title containing a colon is not a 'Label: value' field")

case("jr_suffix_name", lines(
    C("THE RIVER TOWNS"),
    C("by Carlton B. Hughes, Jr."),
    "",
    body(*P_HISTORY)),
    titles=["The River Towns"],
    creators=["Carlton B. Hughes, Jr.", ],
    note="name with ', Jr.' suffix is one person")

case("surname_comma_first", lines(
    "Title:  Bread Without Hurry",
    "Author: Grieve, Paula",
    "",
    body(*P_COOK)),
    titles=["Bread Without Hurry"],
    creators_any=[["Paula Grieve"], ["Grieve, Paula"]],
    note="'Author: Surname, Given' is one person")


if __name__ == "__main__":
    sys.exit(main(__doc__, "credits-battery", col=34, convert_args=(),
                  title_norm=norm_title_strict, title_re_match=re.search))
