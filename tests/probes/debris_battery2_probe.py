#!/usr/bin/env python3
"""Debris battery probe, second battery: the archive's leftovers that debris_probe.py does not
already cover (Usenet and mail headers, FidoNet kludges and forwards, ANSI and colour-code
remnants, captured sessions and pagers, shar/uuencode/PGP/SAUCE wrappers, Project Gutenberg
headers and licences, digests, series notes, uploader inserts), at the head, at the tail, in the
middle (a repost or message boundary) and at both ends; and distractors, texts whose own words
look a little like debris (an essay quoting a board's number, the author's copyright, a poem's
row of asterisks, memos with To/From lines, a hotline list, a story's NO CARRIER, a letter's
signature and address) and must be kept.

Usage:
    python3 tests/probes/debris_battery2_probe.py "dotnet /path/to/epub.dll"
    python3 tests/probes/debris_battery2_probe.py "dotnet /path/to/epub.dll" --only NAME
    (--only takes a name, a comma-separated list or a regular expression; --list lists the
    cases; --show NAME prints a case's text; --keep DIR keeps the texts and books there)

Each case is converted with `CMD convert IN.txt -o OUT.epub -q --no-cover` and checked as a
reader would check the book:
  left   the debris (each line of it with words in it, or the case's own list) must be absent
         from the book's reading text: every XHTML document but the colophon and the table of
         contents (the colophon says what was left out; the text's rights may go there);
  lost   every line of the author's text (title, byline, each hard-wrapped line of prose, a
         poem's lines, a list's entries) must be present in the reading text; a rights notice
         (K) may stand in the colophon instead;
  title / author   the text's title in dc:title and its author in a dc:creator.
Typography is normalised on both sides (curly quotes, dashes, ellipses, runs of dots, (c)).
Prints one line per failing check and `N/M cases hold` last. Stdlib only.
"""
import argparse
import concurrent.futures
import html
import os
import re
import shlex
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
import zipfile

WIDTH = 72


# ---------------------------------------------------------------- parts of a text
class P:
    """The author's prose: paragraphs, hard-wrapped at WIDTH (style 'indent': first line indented,
    no blank line between paragraphs). Every wrapped line must stay."""

    def __init__(self, *pars, style='blank'):
        self.pars, self.style = pars, style

    def render(self):
        out = []
        for p in self.pars:
            first = '     ' if self.style == 'indent' else ''
            out.append(textwrap.fill(' '.join(p.split()), WIDTH, initial_indent=first,
                                     break_on_hyphens=False, break_long_words=False))
        return ('\n' if self.style == 'indent' else '\n\n').join(out)


class D:
    """Debris. gone: the strings that must leave (default: each line holding words, its frame
    stripped, its first 32 characters)."""

    def __init__(self, text, gone=None):
        self.text, self.gone = text.strip('\n'), gone

    def render(self):
        return self.text


class K:
    """The author's words that may stand in the colophon (a rights notice)."""

    def __init__(self, text):
        self.text = text.strip('\n')

    def render(self):
        return self.text


CASES = []


def case(name, conv, parts, title=None, author=None):
    """parts: str (the author's text, verbatim: each line with words must stay), P, D, K;
    joined by a blank line (a part's own leading/trailing newlines are kept)."""
    CASES.append(dict(name=name, conv=conv, parts=parts, title=title, author=author,
                      text='\n\n'.join(p if isinstance(p, str) else p.render() for p in parts)
                      .rstrip('\n') + '\n'))


# ---------------------------------------------------------------- the author's texts
BODIES = {
    'winter': ('THE WINTER ROADS', 'Martha Keane', [
        "The roads out of the valley close in December, and they stay closed, more or less, until "
        "the thaw in March. People who have never lived here assume that this must be a hardship, "
        "and in the first winter it certainly is. The pantry runs low, the mail comes in fits and "
        "starts, and the nearest doctor is forty miles away over a pass that the county does not "
        "plough.",
        "After the first year you learn. You lay in flour and lamp oil in October, you split twice "
        "the wood you think you will need, and you stop thinking of the long white months as a "
        "prison. They become something closer to a harbour, a season when the work of the farm "
        "slows down and the work of the house begins.",
        "My grandmother used those months to write letters. She would sit at the kitchen table "
        "after supper with a stack of thin blue paper and write to everyone she had ever known, "
        "then save the letters in a shoebox until the road opened and the mail truck could get "
        "through. The replies came back in April, a whole winter's conversation arriving at once.",
        "I do not write letters the way she did, but I understand now what she was doing. "
        "Isolation is not the same thing as loneliness. A closed road can make a family pay "
        "attention to one another in a way that an open one never requires, and I have come to "
        "look forward to the first heavy snow the way other people look forward to a holiday.",
    ]),
    'rent': ('NOTES ON RENT CONTROL', 'Daniel Okafor', [
        "Every few years somebody on the city council proposes to repeal the rent stabilisation "
        "ordinance, and every few years the same arguments are made on both sides as though nobody "
        "had ever heard them before. It seems worth setting down, once and for all, what the "
        "ordinance actually does and what it does not do.",
        "It does not freeze rents. Landlords may raise the rent on a stabilised unit each year by "
        "a percentage tied to the consumer price index, and they may apply for larger increases "
        "when they make major improvements to a building. What the ordinance prevents is the "
        "sudden doubling of a rent that forces a family out of a home they have lived in for "
        "twenty years.",
        "Its critics say that it discourages new construction. That may be true in some cities, "
        "but ours exempts every building put up after 1979, so a developer deciding whether to "
        "build today faces no controls at all. The argument has simply been borrowed from "
        "elsewhere without anyone checking whether it fits.",
        "The honest objection is a different one: that the benefits go to whoever happens to hold "
        "a lease, rich or poor, while the costs fall on newcomers who must compete for the "
        "remaining units. That objection deserves an answer, and the tenants' movement has not "
        "yet given a good one.",
    ]),
    'lamp': ("THE LAMPLIGHTER'S DAUGHTER", 'Ruth Ellison', [
        "Every evening at dusk her father went out with his ladder and his long brass pole, and "
        "every evening Clara watched him from the window of the room above the chandler's shop. "
        "He moved down the street in a slow rhythm, lamp by lamp, and behind him the cobbles "
        "turned from grey to gold.",
        "She was nine the winter he fell ill. The doctor came twice and shook his head both times, "
        "and on the third evening, when the street was already going dark, Clara took the pole "
        "down from its hooks behind the door. It was taller than she was by half, and heavier "
        "than she had imagined.",
        "\"You'll never reach,\" said Mrs. Hale from the doorway of the bakery. But the ladder was "
        "still leaning where her father had left it, and Clara had watched the work a thousand "
        "times. She climbed, and reached, and the first lamp caught with a soft cough of flame.",
        "By the time she reached the end of the street her arms were shaking and her hands were "
        "black with soot. She looked back. The whole length of it was lit, lamp after lamp, and "
        "in the window above the chandler's shop she could see the shape of her father, sitting "
        "up in bed to watch.",
    ]),
    'mill': ('WHY THE MILL TOWN VOTED NO', 'Samuel Petrakis', [
        "In the spring of 1947 the voters of Harlan Falls were asked whether the town should buy "
        "the old textile mill from its bankrupt owners and run it as a municipal enterprise. The "
        "measure had the support of the mayor, both newspapers and the local of the textile "
        "workers' union. It lost by more than two to one.",
        "The usual explanation is that the townspeople feared higher taxes. The records of the "
        "campaign suggest something else. The most effective opponents were not the merchants or "
        "the property owners but the older mill hands themselves, men and women who had worked "
        "under three different owners and trusted none of them.",
        "Their argument, as far as it can be reconstructed from letters to the editor and the "
        "minutes of two public meetings, was that a mill run by the town would be run by the same "
        "people who already ran the town. They had seen how the street contracts were awarded. "
        "They did not want their wages decided the same way.",
        "The mill was sold in 1949 to a firm from Providence, which closed it six years later. "
        "Whether the town would have done better is impossible to say. But the vote was not the "
        "simple failure of nerve that later writers have made it out to be; it was a judgement "
        "about local power, and not an unreasonable one.",
    ]),
    'bread': ("A BEGINNER'S GUIDE TO SOURDOUGH", 'Ingrid Solberg', [
        "A sourdough starter is nothing more than flour and water in which wild yeast and "
        "bacteria have been allowed to settle and multiply. You do not need to buy one, and you "
        "certainly do not need the elaborate kits sold in kitchen shops. A clean jar, some plain "
        "flour, and a week of patience are enough.",
        "Mix equal weights of flour and lukewarm water, about a hundred grams of each, and leave "
        "the jar loosely covered on the kitchen counter. Each day, throw away half and feed what "
        "remains with fresh flour and water in the same proportions. By the fourth or fifth day "
        "you should see bubbles and smell something sharp and pleasantly sour.",
        "Do not be alarmed if the starter seems to die on the third day. This is normal. The "
        "first bacteria to flourish are not the ones you want, and there is often a quiet spell "
        "while the right ones take over. Keep feeding it and it will come back livelier than "
        "before.",
        "Once the starter doubles in size within six hours of a feeding, it is ready to bake "
        "with. Keep it in the refrigerator between bakes and feed it once a week. Mine is eleven "
        "years old and has survived two house moves and one very careless house sitter.",
    ]),
    'anon': ('ON THE ETHICS OF ANONYMOUS SPEECH', 'Peter Vance', [
        "The pamphlets that argued for the ratification of the Constitution were signed Publius, "
        "and the ones that argued against it were signed Cato, Brutus and the Federal Farmer. "
        "Nobody at the time thought that the anonymity of the authors made the arguments less "
        "worth reading. It was understood that a man might have good reasons not to put his name "
        "to a political opinion.",
        "We have become less tolerant of this. A letter to the editor without a name is not "
        "printed; an unsigned leaflet is assumed to be the work of cranks. The assumption is "
        "that a speaker who hides his identity must have something to hide about his motives as "
        "well.",
        "Sometimes that is true. But the people who most need anonymity are rarely the powerful. "
        "They are the employee who knows what the company is doing with its waste, the tenant "
        "who fears eviction, the member of a small town church who disagrees with the pastor. "
        "For them a name is not a mark of sincerity; it is a target.",
        "The right test of an argument is whether it is true, not who makes it. A reader who "
        "cannot judge an argument without knowing its author's name has not really learned to "
        "read arguments at all.",
    ]),
    'marsh': ('THE SALT MARSH IN NOVEMBER', 'Eleanor Whitfield', [
        "By November the summer people have gone and the marsh belongs again to the herons and "
        "the men who dig for clams. The grass has turned the colour of old brass, and at low tide "
        "the creeks lie open like the veins of a leaf, shining under a low white sky.",
        "I walk out along the dike most mornings before work. The wind comes straight off the "
        "water and there is nothing between it and me but a few fence posts and the occasional "
        "hunter's blind. On the best days a harrier works the far edge of the marsh, tilting low "
        "over the grass, and I stand still until it passes out of sight.",
        "The marsh is not beautiful in the way that mountains are beautiful. It asks you to look "
        "down rather than up, and to notice small things: the tracks of a mink in the mud, a "
        "snail shell wedged in the roots of the cordgrass, the way the tide comes in not as a "
        "wave but as a slow brightening of the channels.",
        "People who grew up here tend to speak of it without much sentiment. It floods the roads, "
        "it breeds mosquitoes, it smells of sulphur in August. But I have noticed that almost "
        "none of them ever move away.",
    ]),
    'radio': ('SHORTWAVE LISTENING ON A BUDGET', 'Carl Mendez', [
        "You do not need an expensive receiver to hear the world. A portable set with a "
        "telescopic antenna, the kind sold in any electronics shop for under a hundred dollars, "
        "will bring in the big international broadcasters on most evenings, and with a little "
        "care a good deal more than that.",
        "The single most useful improvement is a longer antenna. Twenty or thirty feet of "
        "ordinary insulated wire, run out of a window and along a fence, will make a cheap "
        "portable sound like a much better radio. Clip one end to the telescopic whip and keep "
        "the far end well away from power lines.",
        "Learn which bands are open at which hours. The lower frequencies carry best at night and "
        "in winter, the higher ones during the day and in summer. Keeping a simple log of what "
        "you hear, with the time and the frequency, will teach you the patterns faster than any "
        "book.",
        "Above all, be patient. Some of the most interesting stations are small and weak, and "
        "they come and go with the conditions. The night you finally hear a mission station from "
        "the far side of the world, faint behind the static, you will understand why people stay "
        "up until three in the morning doing this.",
    ]),
    'tram': ('THE LAST STREETCAR', 'Thomas Greer', [
        "The last streetcar ran on the Fairmount line on a Sunday night in October of 1955. My "
        "father took me to see it, though I was only seven and it was well past my bedtime, "
        "because he said that I would want to be able to say I had been there.",
        "There was a larger crowd than I expected. People had come in their coats and hats as "
        "though for a parade, and some of the older men had brought their own tokens, saved for "
        "years, to pay the last fare. The car was decorated with bunting and a hand-painted sign "
        "that read FAREWELL OLD FRIEND.",
        "What I remember most is the sound. The car came down the hill with its bell ringing and "
        "its wheels singing on the rails, and then it stopped in front of us, and the motorman "
        "leaned out and shook my father's hand. They had gone to school together, it turned out. "
        "I had not known that.",
        "The rails were paved over the next summer. For years afterwards you could see the lines "
        "of them under the asphalt after a hard rain, two faint stripes running down the middle "
        "of the street, and I never crossed them without thinking of that night.",
    ]),
    'census': ('WHAT THE CENSUS DOES NOT COUNT', 'Alma Reyes', [
        "Every ten years the federal government attempts to count every person living in the "
        "United States, and every ten years it misses several million of them. The people it "
        "misses are not a random sample. They are disproportionately poor, disproportionately "
        "young, and disproportionately living in the inner cities and on rural reservations.",
        "This matters because the count is used for far more than curiosity. It decides how many "
        "seats each state holds in Congress and how the district lines are drawn within each "
        "state. It determines the share of federal money for roads, schools and clinics that each "
        "county receives.",
        "The Census Bureau's own follow-up surveys estimate the size of the undercount with some "
        "precision. Statisticians have proposed adjusting the totals accordingly, but the "
        "proposal has been fought in the courts for years, largely by those who would lose seats "
        "if the adjustment were made.",
        "There is no neutral position here. To refuse to correct a count that is known to be "
        "wrong is itself a choice, and it is a choice with winners and losers.",
    ]),
    'night': ('LETTERS FROM THE NIGHT SHIFT', 'Joan Pruitt', [
        "The hospital at three in the morning is a different building from the one the visitors "
        "see. The corridors are half lit, the elevators are empty, and the only sound on the ward "
        "is the small electronic chirp of the monitors and the shuffle of a patient who cannot "
        "sleep walking slowly to the window and back.",
        "I have worked nights for eleven years now. People ask me how I stand it, and the honest "
        "answer is that I prefer it. There are fewer doctors, fewer meetings, fewer forms. There "
        "is more time to sit with a frightened old man and listen to him talk about the farm he "
        "grew up on.",
        "The price is paid in daylight. I sleep badly, I miss my children's school plays, and I "
        "have a permanent faint grey look that my sister says makes me seem like a ghost. Most of "
        "the night nurses I started with have gone back to days, or left nursing altogether.",
        "But there is a moment, just before dawn, when the windows at the end of the ward begin "
        "to turn blue, and the patients who made it through the night start to stir. I have never "
        "found anything in the daytime world to match it.",
    ]),
    'slow': ('A DEFENCE OF SLOW READING', 'Harriet Cole', [
        "There is a kind of reader, and I confess I am one, who cannot get through a good book "
        "quickly. I stop at the end of a paragraph to look out of the window. I go back a page to "
        "hear a sentence again. A novel that my husband finishes in a weekend will last me most "
        "of a month.",
        "For a long time I was embarrassed by this. Speed reading courses were advertised in "
        "every magazine, and the implication was clear: a slow reader was a poor reader, someone "
        "who had never properly learned the skill. I took one of those courses once and came out "
        "of it able to turn pages very fast and remember almost nothing.",
        "What I have come to believe is that reading is not one skill but several. Skimming a "
        "report for the figure you need is a different act from reading a poem, and the habits "
        "that serve one are the enemies of the other. A writer who has spent a year on a book "
        "deserves more than an afternoon of our attention.",
    ]),
}


def head(key, byline='by {a}'):
    t, a, _ = BODIES[key]
    return t + '\n\n' + byline.format(a=a)


def C(key, conv, name, before=(), after=(), mid=None, cut=2, style='blank', extra_head=()):
    t, a, pars = BODIES[key]
    if mid is None:
        parts = list(before) + [head(key)] + list(extra_head) + [P(*pars, style=style)] + list(after)
    else:
        parts = (list(before) + [head(key)] + list(extra_head) + [P(*pars[:cut], style=style)]
                 + [mid] + [P(*pars[cut:], style=style)] + list(after))
    case(name, conv, parts, title=t, author=a)


E = '\x1b'

# =============================================================== CASES
# ---- at the head ------------------------------------------------------------------------
C('winter', 'a Usenet article\'s full header block before the text', 'usenet_headers_head', before=[D('''\
Path: news.valley.edu!uunet!cs.utexas.edu!news.wsu.edu!not-for-mail
From: mkeane@prairie.wsu.edu (Martha Keane)
Newsgroups: rec.arts.prose,alt.rural
Subject: THE WINTER ROADS (essay)
Date: 12 Mar 1994 21:04:17 GMT
Organization: Washington State University, Pullman
Lines: 58
Message-ID: <2lsk9p$8fj@news.wsu.edu>
NNTP-Posting-Host: prairie.wsu.edu
Followup-To: alt.rural''')])

C('rent', 'a mail message\'s transport headers (Received, Return-Path, X-Mailer, MIME) before the text',
  'email_headers_head', before=[D('''\
Return-Path: <dokafor@tenants.org>
Received: from mail.tenants.org by uxa.cso.uiuc.edu with SMTP id AA04127
        (5.65c/IDA-1.4.4); Tue, 8 Feb 1994 10:22:41 -0600
Received: by mail.tenants.org (4.1/SMI-4.1) id AA01192; Tue, 8 Feb 94 10:21:09 CST
Message-Id: <9402081621.AA01192@mail.tenants.org>
Date: Tue, 8 Feb 94 10:21:09 CST
From: dokafor@tenants.org (Daniel Okafor)
To: housing-l@uxa.cso.uiuc.edu
Subject: Notes on rent control
X-Mailer: ELM [version 2.4 PL21]
Mime-Version: 1.0
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit
Status: RO''', gone=['Return-Path:', 'Received: from mail.tenants', '5.65c/IDA-1.4.4',
                     'Received: by mail.tenants', 'Message-Id:', 'Date: Tue, 8 Feb',
                     'dokafor@tenants.org', 'housing-l@uxa', 'Subject: Notes on rent',
                     'X-Mailer', 'Mime-Version', 'Content-Type', 'Content-Transfer-Encoding',
                     'Status: RO'])])

C('radio', 'a FidoNet forward\'s header (" * Original Area/From/To/Date, Forwarded by")',
  'fidonet_forward_head', before=[D('''\
 * Original Area: SHORTWAVE
 * Original From: Carl Mendez (1:3603/140)
 * Original To  : All
 * Original Date: 12 Mar 94  21:04
 * Forwarded by : Bob Tanner (1:3603/20)
 * Forwarded to : RADIO_HOBBY''')])

C('marsh', 'a board\'s ANSI welcome screen, raw ESC sequences and all, before the text',
  'ansi_escapes_head', before=[D(
      E + '[2J' + E + '[0;1;36m    ______________________________________________\n'
      + E + '[0;1;37m     Welcome to ' + E + '[1;33mTHE COLD SPOT BBS' + E + '[0;1;37m  -  (907) 555-0163\n'
      + E + '[0;36m     Home of the Northern Writers\' Echo' + E + '[0m\n'
      + E + '[0;1;36m    ______________________________________________' + E + '[0m',
      gone=['Welcome to', 'COLD SPOT BBS', '555-0163', "Northern Writers' Echo", '[0;1;3', '[2J',
            '[0m', '\x1b'])])

C('bread', 'ANSI codes whose ESC was lost in transit ("[0;1;33m" left in the lines)',
  'ansi_stripped_head', before=[D('''\
[2J[1;1H[0;1;33m
[0;1;33m  >>> [1;37mTHE DATA DUNGEON[1;33m <<<  [0;37m24hrs  300-14.4k  (314) 555-0148[0m
[0;32m  Sysop: Lord Foul  -  Running Renegade 05-11[0m
[0m''', gone=['[2J', 'DATA DUNGEON', '555-0148', 'Lord Foul', 'Renegade 05-11', '[0;32m', '[0m',
              '[1;33m'])])

C('census', 'a PCBoard banner in @X colour codes and @-macros before the text',
  'pcboard_color_codes_head', before=[D('''\
@CLS@@X0E==============================================================@X07
@X0F  You are reading a file from the POLICY WONKS BBS text library@X07
@X0A  Node @NODE@  *  Caller #@NUMCALLS@  *  (202) 555-0193@X07
@X0E==============================================================@X07''',
      gone=['@X0', '@CLS@', 'POLICY WONKS', '@NODE@', '@NUMCALLS@', '555-0193', 'text library'])])

C('bread', 'a periodic posting\'s archive headers (Archive-name, Posting-Frequency, Last-modified)',
  'faq_archive_headers_head', before=[D('''\
Archive-name: cooking/sourdough/beginners
Posting-Frequency: monthly
Last-modified: 1995/02/11
Version: 1.3''', gone=['Archive-name', 'cooking/sourdough/beginners', 'Posting-Frequency',
                       'Last-modified', '1995/02/11', 'Version: 1.3'])])

C('anon', 'a moderated group\'s "[Moderator\'s note: ... --mod]" before the text',
  'moderator_note_head', before=[D('''\
[Moderator's note: This is long, but it bears directly on the discussion
of anonymous remailers that has been running here for three weeks.
Followups to alt.privacy, please.  --mod]''')])

C('lamp', 'a poster\'s repost notice ("** REPOSTED BY REQUEST ... **") before the text',
  'repost_note_head', before=[D('''\
** REPOSTED BY REQUEST -- the first copy was truncated somewhere between **
** here and the West Coast.  Apologies to those who got it twice.        **''')])

C('census', 'a CompuServe forum message header (#: / Sb: / Fm: / To:)', 'compuserve_header_head',
  before=[D('''\
#: 142317 S3/Census & Demographics
    12-Mar-94  21:04:17
Sb: #Census undercount
Fm: Alma Reyes 72411,1034
To: All''', gone=['142317', 'S3/Census & Demographics', '12-Mar-94', 'Sb: #Census undercount',
                  '72411,1034', 'To: All'])])

C('tram', 'an America Online message header (Subj / Date / From / Posted on)', 'aol_header_head',
  before=[D('''\
Subj:  The last streetcar
Date:  94-03-12 21:04:17 EST
From:  TGreer55
Posted on: America Online''', gone=['Subj:', '94-03-12 21:04:17', 'TGreer55', 'Posted on',
                                    'America Online'])])

C('marsh', 'an archiver\'s listing of the ZIP the text came in', 'pkzip_listing_head', before=[D('''\
Searching ZIP: MARSH.ZIP

 Length  Method   Size  Ratio   Date    Time    CRC-32  Attr  Name
 ------  ------   ----- -----   ----    ----   -------- ----  ----
   7342  DeflatN   3118  58%  11-20-94  09:12  4c7e1a2b --w-  MARSH.TXT
    412  Stored     412   0%  11-20-94  09:14  9e03b1f4 --w-  FILE_ID.DIZ
 ------          ------  ---                                  -------
   7754            3530  55%                                        2''',
      gone=['Searching ZIP', 'MARSH.ZIP', 'Length Method Size', 'DeflatN', '4c7e1a2b',
            'FILE_ID.DIZ', '9e03b1f4', '7754 3530'])])

C('rent', 'a FILE_ID.DIZ description box pasted before the text', 'file_id_diz_head', before=[D('''\
.---------------------------------------.
| RENTCTL.TXT  Notes on rent control -  |
| the ordinance, its critics and its    |
| limits. Tenants' movement essay, 1994 |
| Uploaded to TENANT NET 1:285/12       |
`---------------------------------------\'''', gone=['RENTCTL.TXT', "Tenants' movement essay",
                                                    'TENANT NET 1:285/12', 'its critics and its'])])

C('tram', 'a board\'s text-file menu and "Displaying FILE" line captured before the text',
  'text_menu_capture_head', before=[D('''\
Text Files Section -- 45 files

  1. HISTORY1.TXT   Streetcar lines of the Midwest
  2. LASTCAR.TXT    The last streetcar (memoir)
  3. TROLLEY.TXT    Trolley parks, 1890-1930

Select file (1-3, Q=quit, ?=help): 2

Displaying LASTCAR.TXT ... Ctrl-S pauses, Ctrl-X aborts''',
      gone=['Text Files Section', 'HISTORY1.TXT', 'Streetcar lines of the Midwest', 'LASTCAR.TXT',
            'The last streetcar (memoir)', 'TROLLEY.TXT', 'Trolley parks', 'Select file',
            'Ctrl-S pauses'])])

# ---- at the tail ------------------------------------------------------------------------
C('bread', 'a Renegade/Telegard sign-off in "|09" pipe colour codes after the text',
  'pipe_color_codes_tail', after=[D('''\
|08--|07--|15--|07--|08------------------------------------------------
|15 Thanks for reading!  |11The Bread Box BBS |07-|14 (612) 555-0174
|03 Recipes, gardening, and homemaking files since 1991
|08--|07--|15--|07--|08------------------------------------------------''',
      gone=['|08', '|15', 'Thanks for reading', 'Bread Box BBS', '555-0174',
            'homemaking files since 1991'])])

C('rent', 'a Usenet signature after "-- ": ASCII art, address, motto and disclaimer',
  'usenet_sig_ascii_tail', after=[D('''\
-- 
  _____    Daniel Okafor  <dokafor@tenants.org>
 |  _  |   Tenants' Rights Project, Oakland CA
 | |_| |   "Organize your building before you need to."
 |_____|   Standard disclaimer: my views, not my employer's.''',
      gone=['dokafor@tenants.org', "Tenants' Rights Project, Oakland", 'Organize your building',
            'Standard disclaimer'])])

C('mill', 'a FidoNet-Internet gateway signature ("|Fidonet: ... |Internet: ...")',
  'fidonet_gateway_sig_tail', after=[D('''\
--
|Fidonet:  Samuel Petrakis 1:2613/108
|Internet: Samuel.Petrakis@f108.n2613.z1.fidonet.org
|
| Standard disclaimer: The views of this user are strictly his own.''',
      gone=['Fidonet:', '1:2613/108', 'f108.n2613.z1.fidonet.org', 'Standard disclaimer',
            'strictly his own'])])

C('bread', 'an offline reader\'s tagline (" * SLMR 2.1a * ...") after the text', 'slmr_tagline_tail',
  after=[D('''\
---
 * SLMR 2.1a * Bread is the warmest, kindest of all words.''',
      gone=['SLMR 2.1a', 'warmest, kindest of all words'])])

C('night', 'a tagline and an unregistered reader\'s nag line after the text', 'unregistered_reader_tail',
  after=[D('''\
... Nurses call it a quiet night only after it is over.
___
 X UNREGISTERED EVALUATION COPY * OLX-TD 1.53 X''',
      gone=['Nurses call it a quiet night', 'UNREGISTERED EVALUATION COPY', 'OLX-TD 1.53'])])

C('radio', 'a board\'s pager and menu prompts captured after the text', 'menu_prompt_tail', after=[D('''\
(R)ead again, (D)ownload, (N)ext file, (Q)uit? Q

Text Library Menu  [Time Left: 37]
Command (?=Menu):''', gone=['(R)ead again', '(D)ownload', 'Text Library Menu', 'Time Left: 37',
                          'Command (?=Menu)'])])

C('tram', 'a uuencoded attachment ("begin 644 ... end") after the text', 'uuencode_tail', after=[D(r'''
begin 644 lastcar.gif
M1TE&.#=A0`'P`/<``````(````\`@(```(``@`\`@(#`P,#`W,"F\K9"F\?3
M@("`_P```/\`__\```/\`_P#__\```_?___P``````````````````````````
M`````````````````````````````````````````````````````````````
M+`````!``?``!PC^`/\)'$BPH,&#"!,J7,BPH<.'$"-*G$BQHL6+&#-JW,BQ
%`0$!`0``
`
end''', gone=['begin 644 lastcar.gif', 'M1TE&.#=A0', 'M@("`_P', 'M+`````!``', '%`0$!`0'])])

C('lamp', 'a DOS end-of-file ^Z and a SAUCE record (title, author, group, date) after the text',
  'sauce_ctrlz_tail', after=[D(
      '\x1aSAUCE00' + "The Lamplighter's Daughter".ljust(35) + 'Ruth Ellison'.ljust(20)
      + 'Lantern Press'.ljust(20) + '19940312' + '\x10\x0f\x00\x00' + '\x01\x00' + 'H\x00'
      + '\x00\x00' * 3 + '\x00\x00' + '\x00' * 22,
      gone=['SAUCE00', 'Lantern Press', '19940312', '\x1a'])])

C('mill', 'a ZIP comment with a PKZIP "-AV" authenticity stamp pasted after the text',
  'zip_av_comment_tail', after=[D('''\
==============================================================
  This file was archived by the PRAIRIE DATA SYSTEMS BBS
  -AV Authentic File Verified  #NBW401
  Do not alter this archive; it has been verified authentic.
==============================================================''',
      gone=['PRAIRIE DATA SYSTEMS', 'Authentic File Verified', 'NBW401', 'Do not alter this archive'])])

C('anon', 'a text group\'s release trailer (greetz, member boards) after the text',
  'text_group_trailer_tail', after=[D('''\
=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=
  another fine release from -=[ THE LEFT MARGIN ]=- text crew
  issue #27  -- freely distributable, unaltered

  greetz: the Vinyl Cafe, Mr. Modem, Lady Ada, all at Area 51
  member boards:
     The Left Margin WHQ ......... (908) 555-0186
     Bitstream Cafe .............. (201) 555-0132
     Gnome Home .................. (718) 555-0177
=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=''',
      gone=['another fine release', 'THE LEFT MARGIN', 'issue #27', 'freely distributable, unaltered',
            'greetz', 'Mr. Modem', 'member boards', 'Left Margin WHQ', '555-0186', 'Bitstream Cafe',
            'Gnome Home'])])

C('bread', 'a file list\'s entry (name, size, date, "|" description lines, download count)',
  'file_list_entry_tail', after=[D('''\
SOURDO.ZIP     8192  03-12-94  A beginner's guide to sourdough
                               | starter and bread. Plain ASCII,
                               | about 5K. Uploaded by the author.
                               | [DL: 37]''',
      gone=['SOURDO.ZIP', '8192 03-12-94', 'starter and bread. Plain ASCII', 'about 5K',
            'Uploaded by the author', 'DL: 37'])])

# ---- at both ends -----------------------------------------------------------------------
C('mill', 'FidoNet control lines (^AMSGID, ^APID, ^ATZUTC ... ^AVia) at both ends',
  'fidonet_kludges_both', before=[D('''\
\x01MSGID: 1:2613/108 2d6f1a3c
\x01REPLY: 1:2613/100 2d6e0b11
\x01PID: GoldED 2.41
\x01TZUTC: -0500
\x01CHRS: IBM 2''', gone=['MSGID', '2d6f1a3c', 'REPLY: 1:2613', 'PID: GoldED', 'TZUTC', 'CHRS: IBM',
                         '\x01'])],
  after=[D('''\
\x01Via 1:2613/100 @19940312.210417 FastEcho 1.30
\x01Via 1:261/1000 @19940312.220902 Squish 1.01''',
           gone=['Via 1:2613/100', 'FastEcho 1.30', '1:261/1000', 'Squish 1.01', '\x01'])])

C('night', 'a captured call: dialling, CONNECT and login at the head, logoff and NO CARRIER at the tail',
  'capture_session_both', before=[D('''\
ATDT 5550129
CONNECT 14400/ARQ/V32BIS/LAPM/V42BIS

Welcome to NIGHTINGALE BBS -- for nurses and health care workers

Enter your first name: JOAN
Enter your last name: PRUITT
Password: ********

You are caller #4,211.  Time left today: 60 minutes.
Reading file LETTERS.TXT -- press Ctrl-S to pause, Ctrl-C to abort''',
      gone=['ATDT 5550129', 'CONNECT 14400', 'NIGHTINGALE BBS', 'Enter your first name',
            'Enter your last name', 'Password:', 'caller #4,211', 'Time left today',
            'Reading file LETTERS.TXT'])],
  after=[D('''\
[Time left: 52 min]  Text Files Menu (?=help): G

Thank you for calling NIGHTINGALE BBS, JOAN!  Logged off at 02:47.

NO CARRIER''', gone=['Time left: 52 min', 'Text Files Menu', 'Thank you for calling', 'Logged off at',
                     'NO CARRIER'])])

C('winter', 'a forwarder\'s note and "Forwarded message" header at the head, its end line at the tail',
  'forwarded_message_both', before=[D('''\
Thought this list would like this one.  It made me homesick.  --Len

---------- Forwarded message ----------
Date: Mon, 14 Mar 1994 08:12:55 -0800 (PST)
From: Martha Keane <mkeane@prairie.wsu.edu>
To: rural-writers@lists.wsu.edu
Subject: The winter roads''', gone=['Thought this list would like', 'It made me homesick',
                                    'Forwarded message', 'Mon, 14 Mar 1994',
                                    'mkeane@prairie.wsu.edu', 'rural-writers@lists',
                                    'Subject: The winter roads'])],
  after=[D('''\
---------- End of forwarded message ----------''', gone=['End of forwarded message'])])

C('radio', 'a shell archive\'s wrapper (#!/bin/sh, shar comments, here-document) at both ends',
  'shar_wrapper_both', before=[D('''\
#!/bin/sh
# This is a shell archive (produced by shar 3.49)
# To extract the files from this archive, save it to a file, remove
# everything above the "!/bin/sh" line above, and type "sh file_name".
#
# made 03/12/1994 21:04 UTC by cmendez@radio.rutgers.edu
# Source directory /home/cmendez/texts
#
# existing files will NOT be overwritten unless -c is specified
#
# This shar contains:
# length  mode       name
# ------ ---------- ------------------------------------------
#   4217 -rw-r--r-- swl-budget.txt
#
if test -f 'swl-budget.txt' -a X"$1" != X"-c"; then
	echo 'x - skipping swl-budget.txt (File already exists)'
else
echo 'x - extracting swl-budget.txt (Text)'
cat << 'SHAR_EOF' > 'swl-budget.txt\'''',
      gone=['#!/bin/sh', 'This is a shell archive', 'To extract the files', 'everything above the',
            'cmendez@radio.rutgers.edu', 'Source directory', 'existing files will NOT',
            'This shar contains', 'rw-r--r--', "if test -f", 'skipping swl-budget.txt',
            'extracting swl-budget.txt', 'SHAR_EOF'])],
  after=[D('''\
SHAR_EOF
chmod 0644 swl-budget.txt ||
echo 'restore of swl-budget.txt failed'
fi
exit 0''', gone=['SHAR_EOF', 'chmod 0644', 'restore of swl-budget.txt', 'exit 0'])])

C('anon', 'a PGP clear-signed message: the BEGIN line at the head, the signature block at the tail',
  'pgp_signed_both', before=[D('''\
-----BEGIN PGP SIGNED MESSAGE-----''', gone=['BEGIN PGP SIGNED MESSAGE'])],
  after=[D('''\
-----BEGIN PGP SIGNATURE-----
Version: 2.6.2

iQCVAwUBLXr4hWq1Y7p3sJHtAQF0mAP/ZkQ2b8Yx3aVc1T9eLw7rGq0uJm5nBd2s
Xo4hKf8pL1vTz6cNa9eRw2yUq3iOb7gHj5kMl0nPq4rSt6uVw8xYz1aBc3dEf5gH
=Q9kT
-----END PGP SIGNATURE-----''', gone=['BEGIN PGP SIGNATURE', 'Version: 2.6.2', 'iQCVAwUBLXr4hWq1',
                                     'Xo4hKf8pL1vT', '=Q9kT', 'END PGP SIGNATURE'])])

C('lamp', 'a 1990s Project Gutenberg etext: header and "Small Print" before, the end line after',
  'gutenberg_1990s_both', before=[D('''\
The Project Gutenberg Etext of The Lamplighter's Daughter, by Ruth Ellison

Please take a look at the important information in this header.
We encourage you to keep this file on your own disk, keeping an
electronic path open for the next readers.  Do not remove this.


**Welcome To The World of Free Plain Vanilla Electronic Texts**

**Etexts Readable By Both Humans and By Computers, Since 1971**

*These Etexts Prepared By Hundreds of Volunteers and Donations*

Information on contacting Project Gutenberg to get Etexts, and
further information is included below.  We need your donations.


March, 1995  [Etext #212]


*****This file should be named lampd10.txt or lampd10.zip******

Corrected EDITIONS of our etexts get a new NUMBER, lampd11.txt
VERSIONS based on separate sources get new LETTER, lampd10a.txt


*****START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START*****
Why is this "Small Print!" statement here?  You know: lawyers.
They tell us you might sue us if there is something wrong with
your copy of this etext, even if you got it for free from
someone other than us, and even if what's wrong is not our
fault.  So, among other things, this "Small Print!" statement
disclaims most of our liability to you.  It also tells you how
you can distribute copies of this etext if you want to.

*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*''',
      gone=['The Project Gutenberg Etext of', 'important information in this header',
            'keep this file on your own disk', 'electronic path open', 'Plain Vanilla Electronic Texts',
            'Readable By Both Humans', 'Prepared By Hundreds of Volunteers', 'contacting Project Gutenberg',
            'We need your donations', 'Etext #212', 'should be named lampd10', 'Corrected EDITIONS',
            'VERSIONS based on separate', 'THE SMALL PRINT', 'You know: lawyers', 'might sue us',
            'disclaims most of our liability', 'distribute copies of this etext', 'Ver.04.29.93'])],
  after=[D('''\
End of the Project Gutenberg Etext of The Lamplighter's Daughter''',
           gone=['End of the Project Gutenberg'])])

C('marsh', 'a 2000s Project Gutenberg eBook: header and START line before, END line and licence after',
  'gutenberg_2000s_both', before=[D('''\
The Project Gutenberg EBook of The Salt Marsh in November, by Eleanor Whitfield

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.  You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included
with this eBook or online at www.gutenberg.org


Title: The Salt Marsh in November

Author: Eleanor Whitfield

Release Date: November 3, 2004 [EBook #13942]

Language: English

Character set encoding: ASCII

*** START OF THIS PROJECT GUTENBERG EBOOK THE SALT MARSH IN NOVEMBER ***




Produced by Jonathan Ingram and the Online Distributed
Proofreading Team.''',
      gone=['Project Gutenberg EBook of', 'for the use of anyone anywhere', 'almost no restrictions',
            're-use it under the terms', 'www.gutenberg.org', 'Release Date', 'EBook #13942',
            'Language: English', 'Character set encoding', 'START OF THIS PROJECT GUTENBERG',
            'Jonathan Ingram', 'Online Distributed'])],
  after=[D('''\
End of the Project Gutenberg EBook of The Salt Marsh in November, by Eleanor Whitfield

*** END OF THIS PROJECT GUTENBERG EBOOK THE SALT MARSH IN NOVEMBER ***

***** This file should be named 13942.txt or 13942.zip *****
This and all associated files of various formats will be found in:
        http://www.gutenberg.org/1/3/9/4/13942/

Updated editions will replace the previous one--the old editions
will be renamed.

*** START: FULL LICENSE ***

THE FULL PROJECT GUTENBERG LICENSE
PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK

To protect the Project Gutenberg-tm mission of promoting the free
distribution of electronic works, by using or distributing this work
(or any other work associated in any way with the phrase "Project
Gutenberg"), you agree to comply with all the terms of the Full Project
Gutenberg-tm License (available with this file or online at
http://gutenberg.net/license).''',
           gone=['End of the Project Gutenberg', 'END OF THIS PROJECT GUTENBERG', '13942.txt',
                 'associated files of various formats', 'gutenberg.org/1/3/9/4', 'Updated editions',
                 'will be renamed', 'FULL LICENSE', 'PLEASE READ THIS BEFORE', 'Gutenberg-tm mission',
                 'distribution of electronic works', 'agree to comply', 'gutenberg.net/license'])])

C('census', 'a mailing-list digest: masthead and topics at the head, "End of ... Digest" at the tail',
  'digest_both', before=[D('''\
CENSUS-L Digest                Tue, 15 Mar 1994        Volume 2 : Issue 41

Today's Topics:
                    What the census does not count
                    Re: Sampling and the courts

----------------------------------------------------------------------

Date: Mon, 14 Mar 1994 17:40:02 -0500
From: areyes@urban.columbia.edu (Alma Reyes)
Subject: What the census does not count''',
      gone=['CENSUS-L Digest', 'Volume 2 : Issue 41', "Today's Topics", 'Re: Sampling and the courts',
            'Mon, 14 Mar 1994', 'areyes@urban.columbia.edu', 'Subject: What the census'])],
  after=[D('''\
------------------------------

End of CENSUS-L Digest V2 #41
*****************************''', gone=['End of CENSUS-L Digest'])])

C('mill', 'a series\' file notes: "first of three files" at the head, "Continued in FILE2" at the tail',
  'series_file_notes_both', before=[D('''\
[ This is the first of three files.  The others are MILLVT2.TXT and  ]
[ MILLVT3.TXT; look for them wherever you found this one.            ]''',
      gone=['first of three files', 'MILLVT2.TXT', 'look for them wherever'])],
  after=[D('''\
                    [ Continued in MILLVT2.TXT ]''', gone=['Continued in MILLVT2'])])

# ---- in the middle ----------------------------------------------------------------------
C('winter', 'a Usenet post split in two: part 1\'s signature, part 2\'s headers between the halves',
  'usenet_part_boundary_mid', mid=D('''\
-- 
Martha Keane   mkeane@prairie.wsu.edu
Continued in part 2/2.

Path: news.valley.edu!uunet!news.wsu.edu!prairie!mkeane
From: mkeane@prairie.wsu.edu (Martha Keane)
Newsgroups: rec.arts.prose
Subject: THE WINTER ROADS (2/2)
Date: 12 Mar 1994 21:06:40 GMT
Lines: 31
Message-ID: <2lskd0$8fk@news.wsu.edu>''',
      gone=['mkeane@prairie', 'Continued in part 2/2', 'Path: news.valley.edu', 'Newsgroups:',
            'THE WINTER ROADS (2/2)', '12 Mar 1994 21:06:40', 'Lines: 31', '2lskd0$8fk']))

C('rent', 'a board pager\'s "(C)ontinue, (S)top, (N)onstop?" prompt captured between paragraphs',
  'continue_stop_nonstop_mid', mid=D('''(C)ontinue, (S)top, (N)onstop? C''',
                                     gone=['(C)ontinue', 'ontinue, (S)top', '(N)onstop']))

C('radio', 'a RemoteAccess pager\'s "More [Y,n,=]?" prompt captured between paragraphs',
  'more_yn_prompt_mid', cut=3, mid=D('''More [Y,n,=]?''', gone=['More [Y,n,=]', '[Y,n,=]']))

C('census', 'a form feed and a print spooler\'s page header (file, date, page) between paragraphs',
  'formfeed_print_header_mid', mid=D('''\
\x0c
CENSUS.TXT                 Sat Mar 12 21:04:17 1994                 Page 2''',
      gone=['CENSUS.TXT', 'Sat Mar 12 21:04:17 1994', 'Page 2', '\x0c']))

C('tram', 'an uploader\'s bracketed note inserted between paragraphs ("[ Note from the uploader ... ]")',
  'uploader_insert_mid', mid=D('''\
[ Note from the uploader: my copy of this file was damaged at this
  point and a few lines may be missing.  If anyone has a complete
  copy, please upload it to the board.  -- Sparky ]''',
      gone=['Note from the uploader', 'my copy of this file was damaged', 'point and a few lines',
            'copy, please upload it', 'Sparky']))

C('night', 'a FidoNet message split: tear, origin, then the next message\'s Squish header',
  'fido_message_split_mid', mid=D('''\
--- Maximus 2.02
 * Origin: Nightingale BBS - for those who care (1:226/610)

Msg #1187 of 1204  Time: 12 Mar 94 02:51:07
From: Joan Pruitt
To  : All
Subj: Letters from the night shift (2)
Attr: Local Scanned
-------------------------------------------------------------------------------''',
      gone=['Maximus 2.02', 'Origin: Nightingale', 'for those who care', '1:226/610', 'Msg #1187',
            '12 Mar 94 02:51:07', 'From: Joan Pruitt', 'To : All', 'night shift (2)',
            'Attr: Local Scanned']))

C('marsh', 'an ANSI pager\'s reverse-video "Hit any key for page 2" and screen clear between paragraphs',
  'ansi_page_clear_mid', mid=D(
      E + '[s' + E + '[24;1H' + E + '[7m -- Hit any key for page 2 of 2 -- ' + E + '[0m' + E + '[u'
      + E + '[2J', gone=['Hit any key for page 2', '[7m', '[2J', '[24;1H', '\x1b']))

C('census', 'a CompuServe thread: the next message\'s header (#: / Sb: / Fm: / To:) between the halves',
  'compuserve_thread_mid', mid=D('''\
#: 142318 S3/Census & Demographics
    12-Mar-94  21:06:02
Sb: #142317-Census undercount
Fm: Alma Reyes 72411,1034
To: All''', gone=['142318', 'S3/Census', '12-Mar-94', 'Sb: #142317', '72411,1034', 'To: All']))

# ---- distractors: the author's words that look a little like debris -----------------------
case('distractor_bbs_essay_phone', 'an essay about a board that gives its phone number and sysop as part '
     'of the argument', [
         'THE BOARD IN THE BASEMENT\n\nby Lena Marsh',
         P("In 1986 my brother set up a bulletin board system on an old XT in our parents' basement. "
           "He called it The Root Cellar BBS, which our mother thought was very funny, and he gave it "
           "a single phone line, (503) 555-0114, that the family was strictly forbidden to pick up "
           "after ten at night.",
           "It is hard now to explain what a board like that meant. There were perhaps forty regular "
           "callers, most of them within a local call of the house, and they came for the message "
           "bases more than the files. People argued about politics and science fiction and the "
           "proper way to cook a turkey, and because there were so few of them, they had to learn "
           "to get along.",
           "My brother was the sysop, which meant he was judge, janitor and host all at once. He "
           "read every message. When two callers began to feud he would phone them both, in the "
           "daytime, on the family line, and talk to them like a parish priest. I do not think he "
           "ever banned anyone.",
           "I mention the number because I still know it by heart, and because I dialled it from "
           "college every Sunday for three years to see who had posted. When the phone company "
           "reassigned it in 1994, a stranger answered, and I hung up without saying anything, "
           "feeling as though I had knocked on the door of a house that had been sold."),
     ], title='THE BOARD IN THE BASEMENT', author='Lena Marsh')

case('distractor_author_copyright', 'the author\'s own copyright line under the byline (her rights: '
     'the book keeps it, in the text or the colophon)', [
         head('slow'),
         K('Copyright (C) 1993 by Harriet Cole.  All rights reserved.'),
         P(*BODIES['slow'][2]),
     ], title=BODIES['slow'][0], author=BODIES['slow'][1])

case('distractor_poem_asterisks', 'a poem whose sections are parted by asterisks, one a full row', [
    'SNOWFALL AT THE CROSSING\n\nby Ada Lindgren',
    '''\
The snow came down on the crossing
where the two roads meet and part,
and the signal lamp went swinging
like a slow and patient heart.

The drifts lay deep on the sidings
and the wires hung white and low,
and the night freight came out of nowhere
with its whistle muffled in snow.

                    *****

My father stood by the gatehouse
with his lantern and his book,
and he wrote down every engine
and the hour of night it took.

************************************************************

Now the line is closed and rusted
and the gatehouse roof is gone,
but the snow still finds the crossing
and the lamp, in me, swings on.''',
], title='SNOWFALL AT THE CROSSING', author='Ada Lindgren')

case('distractor_memo_story', 'a story told in office memos, each headed To:/From:/Date:/Subject:', [
    'THE CANTEEN QUESTION\n\nby Frank Ostrowski',
    '''\
MEMORANDUM

To:      All Staff, Third Floor
From:    R. Whitley, Office Manager
Date:    March 3
Subject: Use of the canteen refrigerator''',
    P("It has come to my attention that the refrigerator in the third floor canteen has become, "
      "for want of a better word, a problem. Items are being left in it for weeks. Some of them "
      "are no longer identifiable. From Monday next, anything not labelled with a name and date "
      "will be thrown out at five o'clock on Friday."),
    '''\
MEMORANDUM

To:      R. Whitley, Office Manager
From:    D. Kaminski, Accounts
Date:    March 4
Subject: Re: Use of the canteen refrigerator''',
    P("With respect, the yoghurt you are referring to is not abandoned. It is a culture I have "
      "been keeping for six years, and it came over from Krakow with my grandmother. I would be "
      "grateful if it could be exempted from the Friday clearance, and I have labelled it "
      "accordingly."),
    '''\
MEMORANDUM

To:      All Staff, Third Floor
From:    R. Whitley, Office Manager
Date:    March 11
Subject: Canteen refrigerator, revised arrangements''',
    P("Following a number of representations, a small shelf at the back of the refrigerator has "
      "been reserved for items of sentimental value. Staff are asked not to abuse this privilege. "
      "The shelf is not for sandwiches."),
], title='THE CANTEEN QUESTION', author='Frank Ostrowski')

case('distractor_fidonet_howto', 'a FidoNet how-to that shows a tear and origin line as its example', [
    'SETTING UP YOUR FIRST FIDONET POINT\n\nby Greg Holm',
    P("A point is a private system that hangs off a FidoNet node the way a telephone extension "
      "hangs off a main line. You pick up your mail from your boss node, read and answer it at "
      "leisure with your own software, and send your replies back on the next call. It costs the "
      "node almost nothing and saves you hours of connect time.",
      "Every message you send into an echo ends with two lines that your software adds for you. "
      "The first is the tear line, which names the program you used. The second is the origin "
      "line, which names your system and gives its network address. A message I sent last week "
      "from my own point ended like this:"),
    '''\
     --- GoldED 2.41
      * Origin: Holm Sweet Holm (1:2613/108.4)''',
    P("Do not edit these lines by hand, and do not add a second origin line of your own. The "
      "tosser at your boss node reads the address in the origin line to decide where replies "
      "should go, and a mangled one will send your netmail into the void.",
      "The number after the slash is your node's number, and the number after the dot is your "
      "point number. If your boss gives you point 4, as mine did, you are 1:2613/108.4 to the "
      "whole world, and you should put that address in your mailer's configuration before you "
      "make your first call."),
], title='SETTING UP YOUR FIRST FIDONET POINT', author='Greg Holm')

case('distractor_epigraph', 'a real epigraph with its "-- Thoreau" attribution under the byline', [
    head('marsh'),
    '''\
          "In wildness is the preservation of the world."
                                   -- Henry David Thoreau''',
    P(*BODIES['marsh'][2]),
], title=BODIES['marsh'][0], author=BODIES['marsh'][1])

case('distractor_hotline_list', 'a help sheet whose list of phone numbers (dotted leaders) is its content', [
    'IF YOU ARE IN TROUBLE TONIGHT\n\nby Rosa Delgado',
    P("This sheet is for anyone in Douglas County who is afraid to go home tonight, or who has no "
      "home to go to. It was put together by volunteers from the coalition, and every number on it "
      "was checked in the first week of March. If you find one that has changed, please tell us.",
      "You do not need to give your name to any of these services. You do not need money, "
      "insurance or papers. If you call and the line is busy, wait five minutes and call again; "
      "the crisis line has two volunteers on every shift and someone will answer."),
    '''\
    Valley Crisis Line, 24 hours ............... (913) 555-0140
    Women's Shelter of Douglas County .......... (913) 555-0152
    Legal Aid Society, Tenant Desk ............. (913) 555-0169
    Harbor House Youth Shelter ................. (913) 555-0181''',
    P("If you are hurt, or someone is threatening to hurt you right now, do not call any of these. "
      "Call 911 first. Everything else can wait until you are safe."),
], title='IF YOU ARE IN TROUBLE TONIGHT', author='Rosa Delgado')

case('distractor_no_carrier_story', 'a story whose climax is "NO CARRIER" on a line of its own', [
    'LAST CALL\n\nby Dana Whitcomb',
    P("The board was called The Lantern, and it had been Michael's for nine years. On the night he "
      "decided to shut it down he sat up until two in the morning reading the old message bases, "
      "the arguments and the birthday greetings and the long threads about nothing at all, while "
      "the modem light blinked patiently on the desk beside him.",
      "At ten past two the line rang. He watched the screen as the caller logged on: Dusty, the "
      "oldest user on the system, who had been calling since the first week. Dusty did not read any "
      "messages. He went straight to the chat door and typed a single line.",
      "\"Heard you're closing. Just wanted to say thanks.\"",
      "Michael typed an answer, and then deleted it, and then typed it again. Before he could press "
      "the key the screen scrolled, and there they were, the two words every sysop knows:"),
    '                              NO CARRIER',
    P("He sat for a long time looking at them. Then he switched the machine off, and the house was "
      "very quiet, and outside the first birds were beginning."),
], title='LAST CALL', author='Dana Whitcomb')

case('distractor_letter_signoff', 'an open letter ending with its signer\'s name, office and street address', [
    'AN OPEN LETTER TO THE VALLEY HOUSING AUTHORITY',
    'To the Commissioners:',
    P("We are writing on behalf of the forty-two households of the Elm Street apartments, who have "
      "now been without reliable heat for the third winter running. The boiler has been patched "
      "eleven times since 1991. Each repair has lasted a few weeks.",
      "We have asked, in writing and in person, for a date by which the boiler will be replaced. We "
      "have been told that the matter is under review. Meanwhile our older tenants are sleeping in "
      "their coats, and two families with small children have moved out.",
      "We ask the Authority to put the replacement of the boiler on the agenda of its April meeting, "
      "and to allow a representative of the tenants to speak. We will be there in any case."),
    '''\
Sincerely,

Margaret Toomey
Chair, Elm Street Tenants' Association
412 Elm Street, Apt. 3
Lawrence, KS 66044''',
], title='AN OPEN LETTER TO THE VALLEY HOUSING AUTHORITY')

case('distractor_signed_essay', 'an essay ending with the author\'s own initials, place and date', [
    head('rent'),
    P(*BODIES['rent'][2]),
    '                                       -- D.O., Oakland, February 1994',
], title=BODIES['rent'][0], author=BODIES['rent'][1])


# ---------------------------------------------------------------- checking
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    for a, b in (('\u2018', "'"), ('\u2019', "'"), ('\u201c', '"'), ('\u201d', '"'), ('\u2032', "'"),
                 ('\u2033', '"'), ('\u2013', '-'), ('\u2014', '-'), ('\u2012', '-'), ('\u2212', '-'),
                 ('\u2010', '-'), ('\u2011', '-'), ('\u00a0', ' '), ('\u2009', ' '), ('\u202f', ' '),
                 ('\u2026', '...'), ('\u00ad', ''), ('\u200b', ''), ('\u00a9', '(c)'), ('\u2122', '(tm)')):
        s = s.replace(a, b)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'\s*-{2,}\s*', '-', s)       # "--" and a dash's spacing
    s = re.sub(r'\s*-\s+|\s+-\s*', '-', s)
    s = re.sub(r'\.(\s*\.)+', '...', s)      # runs of dots, ellipses, ". . ."
    return s.strip().lower()


def loose(s):
    """Words and digits only."""
    return ' '.join(re.findall(r'[a-z0-9]+', norm(s)))


FRAME = ' |*+=#~_:.-`\'<>[]'


def auto_gone(text):
    out = []
    for line in text.splitlines():
        core = re.sub(r'\s+', ' ', line).strip(FRAME + ' ')
        if len(re.sub(r'[^A-Za-z]', '', core)) >= 5:
            out.append(core[:32].strip())
    return out


def kept_lines(text):
    out = []
    for line in text.splitlines():
        core = line.strip()
        if len(re.sub(r'[^A-Za-z]', '', core)) >= 3:
            out.append(core)
    return out


INLINE = r'(?:a|b|i|em|strong|span|sup|sub|small|cite|abbr|code|q|u|s|var|kbd|tt|dfn|mark)'


def xhtml_text(raw):
    raw = re.sub(r'(?s)<head>.*?</head>', ' ', raw)
    raw = re.sub(r'</?%s(?:\s[^>]*)?>' % INLINE, '', raw)
    raw = re.sub(r'<[^>]+>', ' ', raw)
    return html.unescape(raw)


def read_book(path):
    z = zipfile.ZipFile(path)
    reading, colophon = [], []
    for n in z.namelist():
        if not n.endswith(('.xhtml', '.html', '.htm')):
            continue
        raw = z.read(n).decode('utf-8', 'replace')
        base = os.path.basename(n).lower()
        if base.startswith(('toc', 'nav', 'cover')) or 'epub:type="toc"' in raw:
            continue
        if 'colophon' in base or 'epub:type="colophon"' in raw:
            colophon.append(xhtml_text(raw))
        else:
            reading.append(xhtml_text(raw))
    opf_name = next(n for n in z.namelist() if n.endswith('.opf'))
    opf = z.read(opf_name).decode('utf-8', 'replace')
    titles = [html.unescape(t) for t in re.findall(r'<dc:title[^>]*>(.*?)</dc:title>', opf, re.S)]
    creators = [html.unescape(t) for t in re.findall(r'<dc:creator[^>]*>(.*?)</dc:creator>', opf, re.S)]
    return ' '.join(reading), ' '.join(colophon), titles, creators


def short(s, n=70):
    s = re.sub(r'\s+', ' ', s).strip()
    return s if len(s) <= n else s[:n] + '...'


def check(c, book):
    reading, colophon, titles, creators = book
    r, whole = ' ' + norm(reading) + ' ', ' ' + norm(reading + ' ' + colophon) + ' '
    fails = []
    rl = ' ' + loose(reading) + ' '
    left, lost = [], []

    def kept(line, where):
        if norm(line) in where:
            return True
        # a byline's "by" may leave with the title page's typography: the name is what counts
        m = re.match(r'(?i)by\s+(.+)', line.strip())
        return bool(m) and norm(m.group(1)) in where

    for p in c['parts']:
        if isinstance(p, D):
            for g in (p.gone if p.gone is not None else auto_gone(p.text)):
                # a long string is also sought without its punctuation (a line broken into a
                # title and subtitle, a frame's bars between its words)
                if (norm(g) and norm(g) in r) or (len(loose(g)) >= 12 and loose(g) in rl):
                    left.append(g)
        elif isinstance(p, K):
            for line in kept_lines(p.text):
                if not kept(line, whole):
                    lost.append(line)
        else:
            txt = p if isinstance(p, str) else p.render()
            for line in kept_lines(txt):
                if not kept(line, r):
                    lost.append(line)
    if left:
        fails.append('left %d of the debris: %s' % (len(left), ' | '.join(repr(short(x, 40)) for x in left[:4])
                                                   + (' ...' if len(left) > 4 else '')))
    if lost:
        fails.append('lost %d line(s) of the text: %s' % (len(lost), ' | '.join(repr(short(x, 50)) for x in lost[:3])
                                                         + (' ...' if len(lost) > 3 else '')))
    if c['title'] and not any(norm(c['title']) in norm(t) for t in titles):
        fails.append('title: expected %r in dc:title, found %r' % (c['title'], titles))
    if c['author'] and not any(norm(c['author']) in norm(a) for a in creators):
        fails.append('author: expected %r in dc:creator, found %r' % (c['author'], creators))
    return fails


def run_case(cli, workdir, c):
    src = os.path.join(workdir, c['name'] + '.txt')
    out = os.path.join(workdir, c['name'] + '.epub')
    with open(src, 'w', encoding='utf-8', newline='\n') as f:
        f.write(c['text'])
    if os.path.exists(out):
        os.remove(out)
    try:
        p = subprocess.run(shlex.split(cli) + ['convert', src, '-o', out, '-q', '--no-cover'],
                           capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return ['convert: timed out']
    if p.returncode != 0 or not os.path.exists(out):
        return ['convert: exit %d %s' % (p.returncode, short(p.stderr + p.stdout, 200))]
    try:
        book = read_book(out)
    except Exception as ex:  # noqa: BLE001
        return ['epub: %r' % ex]
    return check(c, book)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('cli', help='converter command, e.g. "dotnet /path/to/epub.dll"')
    ap.add_argument('--only', help='a case name, a comma-separated list or a regular expression')
    ap.add_argument('--keep', help='keep the texts and books in this folder')
    ap.add_argument('--jobs', type=int, default=4)
    ap.add_argument('--list', action='store_true', help='list the cases and exit')
    ap.add_argument('--show', help="print a case's text and exit")
    a = ap.parse_args()
    names = [c['name'] for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    if a.list:
        for c in CASES:
            print('%-30s %s' % (c['name'], c['conv']))
        return 0
    if a.show:
        sys.stdout.write(next(c for c in CASES if c['name'] == a.show)['text'])
        return 0
    cases = CASES
    if a.only:
        want = set(a.only.split(','))
        cases = [c for c in CASES if c['name'] in want or re.fullmatch(a.only, c['name'])]
        if not cases:
            print('no case named %s' % a.only)
            return 2
    workdir = a.keep or tempfile.mkdtemp(prefix='debris-battery2-')
    os.makedirs(workdir, exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda c: run_case(a.cli, workdir, c), cases))
    held = 0
    for c, fails in zip(cases, results):
        if not fails:
            held += 1
        for f in fails:
            print('FAIL %s: %s' % (c['name'], f))
    print('%d/%d cases hold' % (held, len(cases)))
    return 0 if held == len(cases) else 1


if __name__ == '__main__':
    sys.exit(main())
