#!/usr/bin/env python3
"""Credits battery 2: TITLE and AUTHOR in further conventions of 1990s archives.

A second battery beside credits_battery_probe.py (113 cases) and credit_probe.py:
synthetic texts of our own, each built around one convention for stating the
title and the author that those two do not already cover (signatures in their
other shapes, dotted and boxed header fields, FidoNet and QWK message exports,
forwarded and reposted mail, credentials and ranks, handles in quotes and of
groups, "with", "as told to", "et al.", "retold by", "compiled by", a single
work's editor, a lecture's transcriber, sermons, testimony, press releases,
decorated and letter-spaced titles, "or," titles, and distractors where the
right answer is NO author or NO title). Each text is converted with the CLI
under test and dc:title / dc:creator in the OPF are compared with what a
careful librarian would record. No corpus document was read to write them.

Usage:
    python3 tests/probes/credits_battery2_probe.py "dotnet /path/to/epub.dll"
    python3 tests/probes/credits_battery2_probe.py "dotnet /path/to/epub.dll" --only fidonet_echomail_export
    (--only takes a comma-separated list; --list lists the cases; --show NAME
    prints a case's text; -v prints what was found for every case)

Case files and books go to a folder under /tmp (override with --dir).
Stdlib only. Prints one line per failing check and `N/M cases hold` last.

Same harness as credits_battery_probe.py: credits_harness.py, whose docstring lists
the checks per case.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from credits_harness import C, R, W, body, case, lines, main  # the shared harness: check(), main(), ...


# --------------------------------------------------------------------------
# prose (all written for this probe)
# --------------------------------------------------------------------------
P_WOOD = [
    "Heating a house with wood is less romantic than the catalogues suggest "
    "and a good deal more satisfying. The romance lasts about as long as the "
    "first cord. After that it is a matter of splitting, stacking, hauling "
    "and sweeping, and of learning to read a fire the way a farmer reads the "
    "weather.",
    "Dry wood is everything. Green wood spends most of its heat boiling off "
    "its own water, and what goes up the chimney with that steam is "
    "creosote, which sticks to the flue and waits for a cold night and a hot "
    "fire to catch. Cut your wood a full year ahead, split it, and stack it "
    "off the ground where the wind can get at it.",
    "Have the chimney swept every autumn, whether you think it needs it or "
    "not. The sweep in our town charges forty dollars and has seen the "
    "inside of every flue for thirty miles around. He will tell you more "
    "about your stove in ten minutes than the manual does in forty pages.",
]

P_CO = [
    "Every winter the emergency rooms of the northern states see a wave of "
    "patients with headaches, nausea and a vague confusion that the patients "
    "themselves usually put down to the flu. A good many of them are "
    "suffering from carbon monoxide poisoning, and a good many of those heat "
    "their homes with wood.",
    "Carbon monoxide has no colour and no smell. It is made whenever fuel "
    "burns without enough air, which is exactly what happens in a stove that "
    "has been damped down for the night or a chimney half blocked with "
    "creosote. It takes the place of oxygen in the blood, and it does so "
    "quietly.",
    "The remedy is cheap. A detector costs less than a cord of wood. Put one "
    "near every sleeping area, test it once a month, and if it ever sounds, "
    "get everyone out of the house before you do anything else at all.",
]

P_BEES = [
    "A colony of honey bees does not hibernate. Through the coldest weeks of "
    "the winter the bees cluster in a tight ball around the queen, shivering "
    "their flight muscles to make heat, and the bees on the outside of the "
    "ball trade places with those in the middle so that none of them "
    "freezes.",
    "What kills a colony in winter is rarely the cold itself. It is "
    "starvation, when the cluster cannot reach honey stored a few inches "
    "away, or damp, when the moisture the bees breathe out condenses on the "
    "lid and drips back down onto them. A little ventilation at the top of "
    "the hive does more good than any amount of tar paper and straw.",
    "Resist the urge to open the hive on a mild January afternoon. Put your "
    "ear against the side instead and knock once. A healthy colony answers "
    "with a brief, rising hum, and that sound has carried more than one "
    "beekeeper through to the end of February.",
]

P_RAIL = [
    "The branch line reached Millbrook in the autumn of 1887, three years "
    "late and a good deal over budget. The whole town turned out to meet the "
    "first train, and the brass band from the county seat played for so long "
    "that the engineer, it is said, fell asleep in his cab.",
    "For fifty years the line carried everything the town needed and most of "
    "what it made: milk and timber going out, coal and mail-order furniture "
    "coming in. Passengers rode in a single wooden coach at the back of the "
    "mixed train, and the conductor knew every one of them by name.",
    "The last passenger train ran in 1938. Freight lasted until 1959, when "
    "the state paved the road to the county seat and the trucks took over. "
    "Today the grade is a footpath, and in the spring you can still find "
    "cinders among the violets.",
]

P_RADIO = [
    "Every Sunday evening at eight o'clock a handful of stations gather on "
    "the same frequency for the county net. The net control station calls "
    "the roll, each station checks in with its call sign and location, and "
    "anyone with traffic to pass or news to share gets a turn.",
    "It sounds like a small thing, and most weeks it is. But the net exists "
    "for the weeks when it is not. When the ice storm brought down the power "
    "lines two winters ago, the Sunday net became a round-the-clock net for "
    "six days, relaying requests for generators and medicine between the "
    "shelters and the county offices.",
    "If you hold a licence and own a radio, you are welcome. You do not need "
    "a tall tower or a big amplifier; several of our regulars run five watts "
    "into a wire strung between two trees. What we need is people who will "
    "show up, week after week, so that the net is there when it is needed.",
]

P_GENEALOGY = [
    "Most people who start tracing their families begin with the census, "
    "and most of them are disappointed within a week. The enumerators spelled "
    "names however they heard them, ages drift by five years from one census "
    "to the next, and whole households seem to vanish between one decade and "
    "another.",
    "The trick is to treat every record as a witness rather than as the "
    "truth. A census taker standing on a porch in August, talking to a "
    "neighbour because the family was out in the fields, was doing his best. "
    "Set what he wrote beside church registers, land deeds and the family "
    "Bible, and let the records argue with one another.",
    "Above all, write down where you found each fact. The note that seems "
    "unnecessary today will be the only thing that saves you, ten years from "
    "now, when a cousin writes to ask how you know that great-grandmother was "
    "born in Ohio.",
]

P_LIBRARY = [
    "The public library is the only institution in most towns where a "
    "person can walk in off the street, sit down, and read for as long as he "
    "likes without being asked to buy anything. That is a remarkable thing, "
    "and we tend to forget how remarkable it is until it is threatened.",
    "Over the next ten years more and more of what people need to know will "
    "be found not on paper but on computer networks. If the library does not "
    "offer a way onto those networks, then the people who cannot afford a "
    "computer and a modem at home will be shut out of a great deal of public "
    "life.",
    "I am not asking for a great deal of money. I am asking the state to "
    "recognise that a library without a network connection will soon be a "
    "library with half its shelves empty, and to fund it accordingly.",
]

P_FLOOD = [
    "The river crested at twenty-six feet early on Tuesday morning, four "
    "feet above the old record, and by noon the water stood waist deep on "
    "Front Street. Volunteers had worked through the night filling sandbags "
    "at the fairgrounds, but the levee gave way near the grain elevator "
    "shortly after two.",
    "No one was killed. Emergency crews took more than three hundred people "
    "out of the low-lying streets south of the tracks, most of them to the "
    "high school gymnasium, where the Red Cross served breakfast to anyone "
    "who asked for it.",
    "The cleanup began as soon as the water dropped. Residents said the "
    "worst of it was not the damage itself but the mud, a fine grey silt that "
    "coated everything the water had touched and dried as hard as concrete.",
]

P_FAITH = [
    "There is a story told of an old farmer who was asked, in the middle of "
    "a long drought, why he went on ploughing his fields when there was no "
    "sign of rain. He answered that when the rain came, he meant to be ready "
    "for it.",
    "We live in an anxious time. Many of you have lost work this year, or "
    "fear that you will. Some of you have watched your children move away to "
    "cities where they know no one. It is natural, in such a season, to stop "
    "ploughing, to wait and see, to hold back.",
    "But faith has always been the habit of preparing the field before the "
    "rain. It is the decision to keep the doors of this church open, to keep "
    "setting the table, to keep visiting the sick and feeding the hungry, not "
    "because we can see how it will all turn out, but because we trust that "
    "it will.",
]

P_NETRIGHTS = [
    "Thank you, Mr. Chairman, for the opportunity to appear before the "
    "subcommittee today. Our organisation speaks for some eleven thousand "
    "people who use computer networks in their work and in their private "
    "lives, from university researchers to the operators of small bulletin "
    "board systems.",
    "The question before you is whether the rules written for the telephone "
    "and the broadcast tower can simply be stretched to cover these new "
    "networks. We believe they cannot. A bulletin board run from a spare "
    "bedroom is neither a common carrier nor a publisher in the old sense, "
    "and treating it as either will do real harm.",
    "We urge the subcommittee to proceed carefully, to hear from the people "
    "who actually run these systems, and above all to resist the temptation "
    "to legislate before the technology has settled into a shape that any "
    "of us can recognise.",
]

P_CHESS = [
    "Correspondence chess was slow even by the standards of the last "
    "century: a single game could take two years, with each move travelling "
    "by post across an ocean and back. Echomail has cut that to a few "
    "months, and the chess conference on our network now has more than forty "
    "games in progress.",
    "The rules are simple. Each player has three days to answer a move, with "
    "thirty days' grace over the whole game for holidays and illness. Moves "
    "are given in algebraic notation, and every message repeats the full "
    "list of moves so far, which settles most disputes before they start.",
    "New players are always welcome. If you have never played by mail, "
    "start with a friendly game against one of the regulars, who will be "
    "glad to explain the customs and will not mind if you take back a move "
    "or two in the opening.",
]

P_SYSOP = [
    "Running a board is mostly a matter of answering the same five "
    "questions over and over, politely. How do I download? Why can't I get "
    "into the upload area? Why was my message deleted? Why is the line "
    "always busy? When will you add a second line?",
    "The answers rarely change, so write them down once and put them where "
    "new callers will see them. A good bulletin on the main menu saves more "
    "of a sysop's time than any amount of clever software.",
    "And remember that the callers are doing you a favour as much as you are "
    "doing them one. A board without callers is just an expensive hobby that "
    "ties up the family telephone.",
]

P_PHONE = [
    "The little exchange in our town was one of the last in the state to go "
    "over to dial service. Until 1962 every call went through the "
    "switchboard in the back room of the telephone company office above the "
    "bank, where two operators worked the day shift and one worked nights.",
    "The operators knew everything. They knew who was sick, who was "
    "courting, and whose bill was three months overdue. If you picked up the "
    "receiver and asked for the doctor, they would tell you he was out at "
    "the Lindqvist farm and ring him there.",
    "When the dial equipment came, the whole town agreed that it was "
    "progress, and the whole town missed the operators within a month. A "
    "machine, as one old farmer put it, never tells you the doctor is out at "
    "the Lindqvists'.",
]

P_FOLK = [
    "Long ago, when the lakes were still young, there lived at the edge of "
    "the great forest an old woman who could talk to the wind. The village "
    "feared her a little and needed her a great deal, for she alone could "
    "tell them when the storms would come in off the water.",
    "One autumn the wind stopped speaking. The old woman stood on the shore "
    "for seven days and seven nights, calling, and heard nothing but the "
    "waves. On the eighth morning she set out across the new ice to find "
    "where the wind had gone.",
    "She walked until the village was a smudge behind her and the far shore "
    "only a line of grey. There, in the middle of the lake, she found the "
    "wind curled up like a tired dog, and she sat down beside it and asked "
    "what was the matter.",
    "The wind said that no one had thanked it in a hundred years. So the old "
    "woman thanked it, for the rain and the snow and the sailing, and the "
    "wind got up and went home with her, and it has spoken to the village "
    "ever since.",
]

P_TROLLEY = [
    "The last trolley to Millbrook left the square at eleven-forty, and on "
    "most nights Agnes Pell was its only passenger. She sat in the second "
    "seat on the right, with her handbag on her knees, and watched the shop "
    "windows slide past until the lights of the town gave way to the dark "
    "fields.",
    "The motorman was a young fellow named Curtis, who whistled hymns "
    "through his teeth and never once, in three years, asked her where she "
    "had been. She was grateful for that. A woman of sixty who comes home on "
    "the last car every night invites questions, and she had no answers she "
    "wished to give.",
    "On the night the line closed, Curtis stopped the car at the foot of her "
    "lane, as he always did, and then, instead of ringing the bell, he turned "
    "round in his seat. \"I'll miss you, Mrs. Pell,\" he said. She found, to "
    "her surprise, that she would miss him too.",
]

P_CHURCH = [
    "When the valley was flooded for the reservoir in 1954, the church of "
    "St. Olaf went under with everything else: the pews, the pulpit, the "
    "little bell tower with its weathervane in the shape of a fish. The "
    "congregation had taken the bell and the altar silver, but the building "
    "itself was too heavy to move.",
    "In dry summers, when the water drops, the top of the tower shows above "
    "the surface, and the fish on the weathervane turns slowly in the wind "
    "as if nothing had happened. People row out from the marina to look at "
    "it. Some of the older ones bring flowers.",
    "My grandmother was married in that church. She never once rowed out to "
    "see it. She said she preferred to remember it with the doors open and "
    "the light coming in, and that a church with fish in the aisles was no "
    "business of hers.",
]

P_FAIR = [
    "The pie table at the county fair is the most dangerous place in the "
    "county for a man who wants to stay married. My uncle served as a judge "
    "exactly once, in 1971, and gave the blue ribbon to a Mrs. Halvorsen's "
    "rhubarb over my aunt's cherry. He was reminded of it for twenty years.",
    "The judging happens on the Thursday, in the exhibition hall, behind a "
    "rope that nobody respects. The judges taste in silence, write their "
    "scores on cards, and leave by the back door. The ribbons go up at noon, "
    "and by five past the whole county knows.",
    "This year the blue went to a girl of fourteen, for an apple pie with a "
    "lattice crust so even it might have been woven on a loom. The older "
    "women gathered round it, peered at it, and agreed, in the end, that it "
    "was very good for a first try.",
]

P_BIO = [
    "Elijah Stockwell came into the township in the spring of 1851 with a "
    "wagon, a wife, four children and a pair of French burr millstones that "
    "he had carried, by his own account, all the way from Rochester. He was "
    "thirty-eight years old and had failed at two mills already.",
    "The third one prospered. Stockwell chose his site well, on the one "
    "stretch of the creek that never froze to the bottom, and he was known "
    "for an honest toll and a short wait. Within ten years the road that ran "
    "past his door was called the Mill Road on every map of the county.",
    "He died in 1889 and is buried on the hill above the mill race, under a "
    "stone that gives his name, his dates, and nothing else. His grandson "
    "said that was exactly how the old man would have wanted it.",
]

P_JOURNAL = [
    "We set out from Stillwater on the morning of the ninth of June, in two "
    "canoes, with provisions for three weeks and a quantity of tobacco for "
    "trading. The river was high from the spring rains and the current "
    "against us so strong that we made scarcely eight miles the first day.",
    "On the third day we came upon a camp of lumbermen, who received us "
    "kindly and gave us fresh pork, which we had not tasted since leaving "
    "the settlements. They told us the falls above were impassable at this "
    "stage of water, and that we must carry our canoes a full mile through "
    "the woods.",
    "The portage took the whole of the fourth day. The path, such as it "
    "was, wound among fallen pines and over ground so soft that we sank to "
    "the knee at every other step; and I confess that by evening I was more "
    "weary than at any time since I left my father's house.",
]

BEE_QA = body(
    "Q: How long have you kept bees?",
    "A: Forty-one years this spring. My father kept them before me, on the "
    "same hillside, and I still use two of his hive bodies, though I would "
    "not recommend that to anyone.",
    "Q: What is the hardest part of the job?",
    "A: The winter, and the waiting. You do everything you can in the "
    "autumn, and then there is nothing to do but listen at the side of the "
    "box and hope.",
    "Q: Any advice for someone just starting?",
    "A: Join a club, find an old-timer, and do what he tells you for the "
    "first two years. After that you can start arguing with him.")


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------


# ---- A. the author only at the end, in other shapes ---------------------------------------
case("end_name_city_state_date", lines(
    C("WHEN THE DIAL CAME TO TOWN"),
    "", "",
    body(*P_PHONE),
    "",
    "Lorraine Sandvik",
    "Fergus Falls, Minnesota",
    "March 1994"),
    titles=["When the Dial Came to Town"],
    title_excludes=["Fergus Falls", "1994"],
    creators=["Lorraine Sandvik"],
    note="stacked 'Name / City, State / date' after the last paragraph is the only credit")

case("end_right_aligned_name", lines(
    C("Cinders Among the Violets"),
    "", "",
    body(*P_RAIL),
    "",
    R("Wendell Haugen"),
    R("Millbrook Historical Society")),
    titles=["Cinders Among the Violets"],
    title_excludes=["Historical Society"],
    creators=["Wendell Haugen"],
    note="right-aligned name and affiliation at the end, no dash, no 'by'")

case("end_the_end_then_written_by", lines(
    C("THE LAST CAR"),
    "", "",
    body(*P_TROLLEY),
    "",
    C("THE END"),
    "",
    "Written by Tomas Lindqvist, Duluth, 1993. This story may be copied",
    "freely for non-commercial use provided it is not altered in any way."),
    titles=["The Last Car"],
    title_excludes=["THE END", "Duluth"],
    creators=["Tomas Lindqvist"],
    note="'THE END', then 'Written by NAME, Place, Year.' and a copying notice")

case("end_sig_with_famous_quote", lines(
    C("ON KEEPING A BOARD SMALL"),
    "", "",
    body(*P_SYSOP),
    "",
    "--",
    "Rosa Delgado            |  \"Be careful about reading health books.",
    "rdelgado@mesa.example.com  |   You may die of a misprint.\"",
    "Mesa Verde BBS, Sysop   |                       -- Mark Twain"),
    titles=["On Keeping a Board Small"],
    title_excludes=["Twain", "misprint"],
    creators=["Rosa Delgado"],
    note="a .sig with a famous quotation: the poster, not the quoted writer, is the author")

case("end_respectfully_submitted", lines(
    C("MINUTES OF THE FEBRUARY MEETING"),
    C("Tri-County Amateur Radio Club"),
    "",
    body("The February meeting was called to order at 7:32 p.m. by President "
         "Al Brandvold in the basement of the Grange Hall. Twenty-two members "
         "and three guests were present. The minutes of the January meeting "
         "were read and approved as corrected.",
         "The treasurer reported a balance of $412.16 in the general fund and "
         "$188.00 in the repeater fund. Dues for 1994 are now payable. Members "
         "who have not paid by the April meeting will be dropped from the "
         "newsletter mailing.",
         "Under old business, the committee on the Sunday net reported that "
         "check-ins averaged eleven stations a week through January. Under new "
         "business, it was moved and seconded that the club buy a second "
         "battery for the repeater site. The motion carried. The meeting "
         "adjourned at 8:55 p.m., followed by coffee and a slide show on the "
         "ice storm."),
    "",
    "Respectfully submitted,",
    "",
    "Leonard Falk",
    "Recording Secretary"),
    titles=["Minutes of the February Meeting",
            "Minutes of the February Meeting: Tri-County Amateur Radio Club"],
    title_excludes=["Respectfully", "Secretary"],
    creators=["Leonard Falk"],
    note="club minutes closed 'Respectfully submitted, / NAME / Secretary'; the president named inside is not the author")

case("letter_sincerely_signature", lines(
    C("AN OPEN LETTER TO THE SYSOPS OF REGION 13"),
    "",
    "Dear Sysops,",
    "",
    body("For the third month running, the echomail feed from the regional "
         "hub has arrived late, out of order, or not at all. I know many of "
         "you have been patient about this, and I want to thank you for that "
         "before I ask you to be patient a little longer.",
         "The hub's hard disk failed in December, and the replacement we "
         "bought has turned out to be no better. A new drive has been "
         "ordered. Until it arrives, please poll between two and four in the "
         "morning, when the line is least busy, and do not re-send a packet "
         "more than twice.",
         "If you have a spare drive of 200 megabytes or more that you could "
         "lend the hub for a month, I would be very glad to hear from you."),
    "",
    "Sincerely,",
    "",
    "Walter Briggs",
    "Region 13 Echomail Coordinator"),
    titles=["An Open Letter to the Sysops of Region 13"],
    title_excludes=["Dear Sysops", "Sincerely", "Coordinator"],
    creators=["Walter Briggs"],
    note="open letter: 'Dear Sysops,' is no title; signed 'Sincerely, / NAME / role' at the end")

case("ham_73_callsign_signoff", lines(
    C("THE NET THAT NEVER CLOSED"),
    "", "",
    body(*P_RADIO),
    "",
    "73 de Frank Uhl, KB0QZT",
    "Net Manager, Winneshiek County ARES"),
    titles=["The Net That Never Closed"],
    title_excludes=["KB0QZT", "73 de"],
    creators=["Frank Uhl"],
    note="radio amateur's '73 de NAME, CALLSIGN' sign-off; the call sign is not part of the name")

case("about_the_author_end", lines(
    C("PIE TABLE DIPLOMACY"),
    "", "",
    body(*P_FAIR),
    "",
    "-----",
    W("ABOUT THE AUTHOR: Lena Marsh is a freelance writer who lives on a "
      "dairy farm near Viroqua, Wisconsin, with her husband, three children "
      "and an unknown number of cats. She has never entered a pie in a fair "
      "and does not intend to start.")),
    titles=["Pie Table Diplomacy"],
    title_excludes=["About the Author", "Viroqua"],
    creators=["Lena Marsh"],
    note="the only credit is an 'ABOUT THE AUTHOR:' note at the end")

# ---- B. header fields in other shapes -----------------------------------------------------
case("fields_dotted_leaders", lines(
    "Title.........: Reading the Census as a Witness",
    "Author........: Bernice Oyelaran",
    "Date..........: 02/14/94",
    "Filename......: CENSUS.TXT",
    "Size..........: 6,214 bytes",
    "",
    body(*P_GENEALOGY)),
    titles=["Reading the Census as a Witness"],
    title_excludes=["CENSUS.TXT", "02/14/94", "....", "bytes"],
    creators=["Bernice Oyelaran"],
    note="BBS file-description fields with dotted leaders: 'Title.....:', 'Author....:'")

case("fields_box_aligned", lines(
    "+----------------------------------------------------------------+",
    "|  Title   : Winter Care of the Honey Bee Colony                  |",
    "|  Author  : Kari Holm                                            |",
    "|  Release : 1.0, 11 November 1993                                |",
    "|  Distrib.: Freely, with this box intact                         |",
    "+----------------------------------------------------------------+",
    "",
    body(*P_BEES)),
    titles=["Winter Care of the Honey Bee Colony"],
    title_excludes=["|", "Release", "1993", "Freely"],
    creators=["Kari Holm"],
    note="'Title :' / 'Author :' fields inside an ASCII box, colons aligned")

case("fields_title_by_one_line", lines(
    "TITLE: Heat You Can Trust                       BY: Harlan Voss",
    "DATE:  November 1993                            FILE: WOODHEAT.TXT",
    "",
    body(*P_WOOD)),
    titles=["Heat You Can Trust"],
    title_excludes=["BY:", "WOODHEAT", "November"],
    creators=["Harlan Voss"],
    note="two field pairs on one line: 'TITLE: X        BY: Y'")

case("filename_first_line_then_title", lines(
    "NETLIB.TXT",
    "",
    C("THE LIBRARY AND THE NETWORK"),
    C("by Marion Keel"),
    "", "",
    body(*P_LIBRARY)),
    titles=["The Library and the Network"],
    title_excludes=["NETLIB", ".TXT"],
    creators=["Marion Keel"],
    note="a bare file name on the first line, then the real title and byline")

case("memo_to_from_re", lines(
    "TO:      All Members, Tri-County Amateur Radio Club",
    "FROM:    Doris Feldman, Secretary",
    "RE:      The Sunday Net and the Ice Storm",
    "DATE:    February 2, 1994",
    "",
    body(*P_RADIO[1:]),
    "",
    "DF"),
    titles=["The Sunday Net and the Ice Storm"],
    title_excludes=["All Members", "February 2"],
    creators=["Doris Feldman"],
    note="memo header TO:/FROM:/RE:/DATE: - RE: is the title, FROM: (without the role) the author")

case("authors_note_label_not_author", lines(
    C("THE DROWNED CHURCH"),
    "",
    W("Author's note: The village and the people in this story are "
      "invented, but the reservoir is real, and in a dry summer you can "
      "still see the tower."),
    "", "",
    body(*P_CHURCH)),
    titles=["The Drowned Church"],
    title_excludes=["Author's note", "invented"],
    creators=[],
    note="an 'Author's note:' paragraph names no author: expect none")

# ---- C. FidoNet, QWK, forwarded and reposted mail -----------------------------------------
case("fidonet_echomail_export", lines(
    "AREA:HOMESTEAD",
    "From: WALT KOWALSKI                             Date: 14 Jan 94  21:13:08",
    "To:   ALL",
    "Subj: Heating with wood",
    "",
    "Hello All!",
    "",
    body(*P_WOOD),
    "",
    "Walt",
    "",
    "--- Blue Wave/DOS v2.12",
    " * Origin: The Woodshed BBS - Ely, MN - 218-555-0147 (1:282/1017)",
    "SEEN-BY: 282/1 1017 1020 1031",
    "PATH: 282/1017 1"),
    titles=["Heating with Wood"],
    title_excludes=["HOMESTEAD", "Hello All", "Woodshed", "Origin"],
    creators=["Walt Kowalski"],
    note="FidoNet echomail export: AREA:, From:/To:/Subj:, tear line, Origin, SEEN-BY; 'Hello All!' is no title")

case("qwk_reader_header", lines(
    " Date: 03-14-94 (21:13)              Number: 1422 of 1530",
    "   To: ALL                           Refer#: NONE",
    " From: MARGARET OYELOWO                Read: NO",
    " Subj: BEES IN WINTER                Status: PUBLIC MESSAGE",
    " Conf: GARDENING (12)             Read Type: GENERAL (+)",
    "",
    body(*P_BEES),
    "",
    "... A bee's knees are perfectly ordinary knees.",
    "___ OLX 2.1 TD",
    " * The Hive BBS * Decorah, IA * 319-555-0190"),
    titles=["Bees in Winter"],
    title_excludes=["GARDENING", "PUBLIC MESSAGE", "knees", "Hive BBS"],
    creators=["Margaret Oyelowo"],
    note="QWK offline reader's message header (Date/Number/To/Refer#/From/Subj/Conf) and tagline")

case("forwarded_message_original_author", lines(
    "From: kwells@prairie.example.com (Ken Wells)",
    "Subject: Fwd: What the Census Taker Heard",
    "Date: Mon, 7 Feb 1994 11:02:17 -0600",
    "",
    "Folks, a friend sent me this and I thought the list would enjoy it.",
    "Ken",
    "",
    "---------- Forwarded message ----------",
    "Date: Mon, 7 Feb 1994 10:22:41 -0600",
    "From: Ingrid Solberg <isolberg@lakes.example.edu>",
    "To: kwells@prairie.example.com",
    "Subject: What the Census Taker Heard",
    "",
    body(*P_GENEALOGY)),
    titles=["What the Census Taker Heard"],
    title_excludes=["Fwd", "Forwarded"],
    creators=["Ingrid Solberg"],
    note="forwarded mail: the original From: is the author, not the forwarder")

case("posted_for_someone", lines(
    "Newsgroups: soc.genealogy.misc",
    "From: kwells@prairie.example.com (Ken Wells)",
    "Subject: Census records as witnesses",
    "Date: 21 Feb 1994 14:40:11 GMT",
    "",
    "[Posted for Harriet Munro, who does not have net access. Replies by",
    "e-mail to me and I will print them out for her. -- Ken]",
    "",
    body(*P_GENEALOGY)),
    titles=["Census Records as Witnesses"],
    title_excludes=["Posted for", "soc.genealogy"],
    creators=["Harriet Munro"],
    note="'[Posted for NAME, who does not have net access]': NAME is the author, not the poster")

case("reposted_with_permission", lines(
    "From: dtran@cs.example.edu (David Tran)",
    "Newsgroups: rec.radio.amateur.misc",
    "Subject: Why the Sunday Net Matters",
    "Date: 9 Mar 1994 02:15:40 GMT",
    "Organization: Prairie State University",
    "",
    W("The following appeared in the March 1994 issue of the Tri-County "
      "ARC newsletter. It was written by Evelyn Marsh, W0EMH, and is "
      "reposted here with her permission."),
    "",
    C("WHY THE SUNDAY NET MATTERS"),
    "",
    body(*P_RADIO)),
    titles=["Why the Sunday Net Matters"],
    title_excludes=["rec.radio", "Prairie State"],
    creators=["Evelyn Marsh"],
    note="Usenet repost: 'It was written by NAME ... reposted with her permission'; the poster is not the author")

case("usenet_subject_tag_long", lines(
    "From: Lena Ortiz <lortiz@mesa.example.com>",
    "Newsgroups: alt.bbs,alt.bbs.sysops",
    "Subject: [ESSAY] Why the Small Boards Matter (long)",
    "Date: 2 May 1994 18:21:09 -0600",
    "Lines: 31",
    "",
    body(*P_SYSOP)),
    titles=["Why the Small Boards Matter"],
    title_excludes=["[ESSAY]", "(long)", "alt.bbs"],
    creators=["Lena Ortiz"],
    note="Usenet subject with a '[ESSAY]' tag and '(long)' warning: neither is the title's")

case("usenet_subject_part_of", lines(
    "From: pgrieve@north.example.org (Paula Grieve)",
    "Newsgroups: rec.woodworking,misc.rural",
    "Subject: Dry Wood and Clean Chimneys (part 1 of 2)",
    "Date: 11 Oct 1993 07:45:12 GMT",
    "",
    body(*P_WOOD),
    "",
    "[continued in part 2]"),
    titles=["Dry Wood and Clean Chimneys"],
    title_excludes=["rec.woodworking", "continued"],
    creators=["Paula Grieve"],
    note="Usenet subject with '(part 1 of 2)': the posting's part number is not the title's (strict choice)")

case("email_from_surname_comma_quoted", lines(
    "Date: Tue, 12 Apr 1994 08:14:02 -0500",
    "From: \"Okafor, Nnamdi\" <NOKAFOR@MAILHOST.EXAMPLE.EDU>",
    "To: Multiple recipients of list CHESS-L <CHESS-L@LISTSERV.EXAMPLE.EDU>",
    "Subject: Correspondence chess on the network",
    "",
    body(*P_CHESS)),
    titles=["Correspondence Chess on the Network"],
    title_excludes=["CHESS-L", "Multiple recipients"],
    creators_any=[["Nnamdi Okafor"], ["Okafor, Nnamdi"]],
    note="mail From: \"Surname, Given\" <ADDR> is one person")

case("email_uucp_bang_path", lines(
    "Path: uunet!riverside!hpark",
    "From: uunet!riverside!hpark (Helen Park)",
    "Newsgroups: misc.transport.rail",
    "Subject: The Millbrook Branch",
    "Date: 3 Mar 89 17:02:55 GMT",
    "Organization: Riverside Public Access Unix",
    "",
    body(*P_RAIL)),
    titles=["The Millbrook Branch"],
    title_excludes=["uunet", "riverside"],
    creators=["Helen Park"],
    note="1980s UUCP bang-path From: with the real name in parentheses")

# ---- D. bylines in other shapes --------------------------------------------------------
case("by_multiple_credentials", lines(
    C("CARBON MONOXIDE AND THE WOOD STOVE"),
    "",
    C("by Anita Rao, M.D., M.P.H."),
    "", "",
    body(*P_CO)),
    titles=["Carbon Monoxide and the Wood Stove"],
    title_excludes=["M.D."],
    creators=["Anita Rao"],
    note="byline with two credentials after the name")

case("by_military_rank_ret", lines(
    C("THE NIGHT THE NET STAYED UP"),
    "",
    C("by Lt. Col. James R. Delacroix, USAF (Ret.)"),
    "", "",
    body(*P_RADIO)),
    titles=["The Night the Net Stayed Up"],
    title_excludes=["USAF", "Ret."],
    creators=[("James R. Delacroix", "Lt. Col. James R. Delacroix")],
    note="byline with a military rank before the name and service and '(Ret.)' after")

case("by_name_aka_handle", lines(
    C("FIVE QUESTIONS EVERY SYSOP HEARS"),
    "",
    C("by Carol Lindgren (a.k.a. \"Moonbeam\")"),
    "", "",
    body(*P_SYSOP)),
    titles=["Five Questions Every Sysop Hears"],
    title_excludes=["Moonbeam", "a.k.a"],
    creators=["Carol Lindgren"],
    note="real name then '(a.k.a. \"Handle\")': the author is the real name")

case("name_with_nickname_in_quotes", lines(
    C("THE OPERATORS OF MAIN STREET"),
    "",
    C("by Michael \"Spider\" Reyes"),
    "", "",
    body(*P_PHONE)),
    titles=["The Operators of Main Street"],
    title_excludes=["Spider"],
    creators=[("Michael Reyes", "Michael \"Spider\" Reyes")],
    note="nickname in quotes inside the name")

case("handle_in_quotes_byline", lines(
    C("A BEGINNER'S GUIDE TO THE CHESS ECHO"),
    "",
    C("by \"The Wanderer\""),
    "", "",
    body(*P_CHESS)),
    titles=["A Beginner's Guide to the Chess Echo"],
    creators=["The Wanderer"],
    note="a handle in quotes after 'by' is the author")

case("handle_of_group", lines(
    C("RINGDOWN: THE LAST DAYS OF A MANUAL EXCHANGE"),
    "",
    C("by Night Owl of The Midnight Crew"),
    "", "",
    body(*P_PHONE)),
    titles=["Ringdown: The Last Days of a Manual Exchange", "Ringdown"],
    title_excludes=["Midnight Crew"],
    creators=["Night Owl"],
    note="'by HANDLE of GROUP': the handle is the author, the group is not")

case("caps_title_caps_bare_name", lines(
    "", "",
    C("THE MILLBROOK BRANCH"),
    "",
    C("MARGARET ELLSWORTH"),
    "", "",
    body(*P_RAIL)),
    titles=["The Millbrook Branch"],
    creators=["Margaret Ellsworth"],
    note="title and author's name both in capitals, centred, no 'by'")

case("title_looks_like_name", lines(
    C("ELIJAH STOCKWELL"),
    C("by Ruth Haney"),
    "", "",
    body(*P_BIO)),
    titles=["Elijah Stockwell"],
    creators=["Ruth Haney"],
    note="biographical sketch whose title is a person's name: the title is no author")

case("title_names_subject_no_byline", lines(
    C("ELIJAH STOCKWELL, MILLER"),
    C("1813-1889"),
    "", "",
    body(*P_BIO)),
    titles=["Elijah Stockwell, Miller", "Elijah Stockwell, Miller: 1813-1889"],
    creators=[],
    name_in_title_ok=True,
    note="a sketch titled with its subject's name and dates, no byline: the subject is no author")

# ---- E. several people -------------------------------------------------------------------
case("with_coauthor", lines(
    C("KEEPING BEES IN COLD COUNTRY"),
    "",
    C("by Olaf Brekke with Marit Sand"),
    "", "",
    body(*P_BEES)),
    titles=["Keeping Bees in Cold Country"],
    creators_any=[["Olaf Brekke", "Marit Sand"], ["Olaf Brekke"]],
    others_ok=["Marit Sand"],
    note="'by A with B': A is the author, B a co-author (both, or A alone with B as contributor)")

case("as_told_to", lines(
    C("FIFTY YEARS ON THE BRANCH LINE"),
    "",
    C("by Ezra Whitcomb"),
    C("as told to Lydia Park"),
    "", "",
    body(*P_RAIL)),
    titles=["Fifty Years on the Branch Line"],
    title_excludes=["as told to"],
    creators_any=[["Ezra Whitcomb"], ["Ezra Whitcomb", "Lydia Park"]],
    others_ok=["Lydia Park"],
    note="'by A / as told to B': A is the author (B may stand beside him or as a contributor)")

case("two_authors_by_and_lines", lines(
    C("CORRESPONDENCE CHESS BY ECHOMAIL"),
    "",
    C("by"),
    C("Victor Almeida"),
    C("and"),
    C("Grace Tanaka"),
    "", "",
    body(*P_CHESS)),
    titles=["Correspondence Chess by Echomail"],
    creators=["Victor Almeida", "Grace Tanaka"],
    note="'by' / A / 'and' / B, each on its own centred line")

case("et_al", lines(
    C("WINTER LOSSES IN NORTHERN APIARIES, 1990-1993"),
    "",
    C("by R. Castellanos et al."),
    "", "",
    body(*P_BEES)),
    titles=["Winter Losses in Northern Apiaries, 1990-1993"],
    title_excludes=["et al"],
    creators=["R. Castellanos"],
    note="'by NAME et al.': the named first author only")

case("paper_authors_footnote_marks", lines(
    C("Community Networks and Rural Libraries:"),
    C("A Preliminary Report"),
    "",
    C("Ingrid Solheim (1) and David Obi (2)"),
    "",
    "  (1) School of Library Science, University of Eastern Ohio",
    "  (2) Department of Rural Sociology, Prairie State University",
    "",
    C("ABSTRACT"),
    "",
    body(*P_LIBRARY)),
    titles=["Community Networks and Rural Libraries: A Preliminary Report",
            "Community Networks and Rural Libraries"],
    title_excludes=["School of Library", "ABSTRACT"],
    creators=["Ingrid Solheim", "David Obi"],
    note="paper: two authors with affiliation marks '(1)', '(2)' and the affiliations below")

# ---- F. translators, retellers, compilers, editors, transcribers ------------------------
case("english_version_by", lines(
    C("THE WIND ON THE ICE"),
    "",
    C("by Karel Dvorsky"),
    C("English version by Petra Hale"),
    "", "",
    body(*P_FOLK)),
    titles=["The Wind on the Ice"],
    title_excludes=["English version"],
    creators=["Karel Dvorsky"],
    others_ok=["Petra Hale"],
    note="'English version by NAME' is the translator, not an author")

case("retold_by", lines(
    C("THE OLD WOMAN WHO TALKED TO THE WIND"),
    C("A tale of the North Shore"),
    "",
    C("retold by Annika Berg"),
    "", "",
    body(*P_FOLK)),
    titles=["The Old Woman Who Talked to the Wind",
            "The Old Woman Who Talked to the Wind: A Tale of the North Shore"],
    creators_any=[["Annika Berg"], []],
    others_ok=["Annika Berg"],
    note="folk tale 'retold by NAME': the reteller as author, or none with the reteller in another role")

case("compiled_by_quotations", lines(
    C("ON BOOKS AND READING"),
    C("A Small Commonplace Book"),
    "",
    C("Compiled by Edith Varga"),
    "", "",
    body("These quotations were gathered over some ten years of reading, "
         "mostly at the kitchen table and mostly late at night. I have "
         "checked each one against the book it came from wherever I could "
         "find the book, which was not always.",
         "They are in no particular order. Read them as you would walk "
         "through a garden, stopping where something catches your eye."),
    "",
    "     \"Some books are to be tasted, others to be swallowed, and some",
    "     few to be chewed and digested.\"",
    R("-- Francis Bacon"),
    "",
    "     \"A good book is the precious life-blood of a master spirit.\"",
    R("-- John Milton"),
    "",
    "     \"A man ought to read just as inclination leads him; for what he",
    "     reads as a task will do him little good.\"",
    R("-- Samuel Johnson"),
    "",
    "     \"There is no Frigate like a Book",
    "     To take us Lands away.\"",
    R("-- Emily Dickinson")),
    titles=["On Books and Reading", "On Books and Reading: A Small Commonplace Book"],
    title_excludes=["Bacon", "Milton", "Johnson", "Dickinson"],
    creators_any=[["Edith Varga"], []],
    others_ok=["Edith Varga"],
    note="a compilation of quotations: the compiler (as author or compiler), never the quoted writers")

case("edited_by_single_work", lines(
    C("A JOURNEY UP THE ST. CROIX IN 1851"),
    "",
    C("by Josiah Whitcombe"),
    "",
    C("Edited, with an introduction and notes, by"),
    C("Ruth Haney"),
    "", "",
    body(*P_JOURNAL)),
    titles=["A Journey up the St. Croix in 1851"],
    title_excludes=["Edited"],
    creators=["Josiah Whitcombe"],
    others_ok=["Ruth Haney"],
    note="a single work's author, then 'Edited, with an introduction and notes, by' its editor")

case("transcribed_from_tape", lines(
    C("WHAT THE OLD RECORDS REMEMBER"),
    "",
    C("A lecture by Dr. Solveig Haugland to the Winneshiek"),
    C("County Genealogical Society, Decorah, April 12, 1993"),
    "",
    C("Transcribed from a tape recording by Marvin Tesdahl"),
    "", "",
    body(*P_GENEALOGY)),
    titles=["What the Old Records Remember"],
    title_excludes=["Transcribed", "April 12", "Genealogical Society"],
    creators=[("Solveig Haugland", "Dr. Solveig Haugland")],
    others_ok=["Marvin Tesdahl"],
    note="lecture 'transcribed from a tape by NAME': the lecturer is the author, the transcriber is not")

case("words_and_music", lines(
    C("THE LAST TROLLEY HOME"),
    C("Words and music by Dale Lindqvist"),
    C("(c) 1992 Dale Lindqvist. Used by permission."),
    "", "",
    "  The square is dark, the shops are shut,",
    "  the clock says twenty to,",
    "  I've one more fare in my coat pocket",
    "  and one more mile to do.",
    "",
    "  So ring the bell, old motorman,",
    "  and take the hill road slow,",
    "  the last trolley home is the only one",
    "  that knows the way I go.",
    "",
    "  They'll tear the rails up come July",
    "  and pave the county road,",
    "  and no one then will whistle hymns",
    "  or help me with my load.",
    "",
    "  So ring the bell, old motorman,",
    "  and take the hill road slow,",
    "  the last trolley home is the only one",
    "  that knows the way I go."),
    titles=["The Last Trolley Home"],
    title_excludes=["Words and music", "Used by permission"],
    creators=["Dale Lindqvist"],
    note="song lyrics 'Words and music by NAME' with a '(c) YEAR NAME' line: one author")

# ---- G. sermons, testimony, speeches, interviews ---------------------------------------
case("sermon_preached_by", lines(
    C("PLOUGHING BEFORE THE RAIN"),
    "",
    C("A Sermon Preached by the Rev. Ann Lister"),
    C("at First Congregational Church, Ely, Minnesota"),
    C("November 21, 1993"),
    "", "",
    body(*P_FAITH)),
    titles=["Ploughing Before the Rain"],
    title_excludes=["Sermon Preached", "Congregational", "1993"],
    creators=[("Ann Lister", "Rev. Ann Lister", "the Rev. Ann Lister")],
    note="'A Sermon Preached by the Rev. NAME at CHURCH, DATE' under the title")

case("testimony_before_subcommittee", lines(
    C("TESTIMONY OF MARGARET CHEN"),
    C("EXECUTIVE DIRECTOR, CITIZENS FOR OPEN NETWORKS"),
    C("BEFORE THE SUBCOMMITTEE ON TELECOMMUNICATIONS AND FINANCE"),
    C("U.S. HOUSE OF REPRESENTATIVES"),
    C("MAY 5, 1993"),
    "", "",
    body(*P_NETRIGHTS)),
    title_re=(r"testimony( of margaret chen)?"
              r"([,:;]? executive director,? citizens for open networks)?"
              r"([,:;]? before the subcommittee on telecommunications and finance)?"
              r"([,:;]? u\.?s\.? house of representatives)?"),
    title_excludes=["May 5", "1993"],
    creators=["Margaret Chen"],
    name_in_title_ok=True,
    note="congressional testimony 'TESTIMONY OF NAME / ROLE / BEFORE THE SUBCOMMITTEE... / DATE': NAME is the author, the date no part of the title")

case("speech_bracketed_editor_note", lines(
    W("[The following remarks were delivered by State Senator Ruth Lindahl "
      "to the annual meeting of the Minnesota Library Association in Duluth "
      "on October 8, 1993. They are posted with the Senator's permission.]"),
    "",
    C("HALF THE SHELVES EMPTY: THE LIBRARY AND THE NETWORK"),
    "", "",
    body(*P_LIBRARY)),
    titles=["Half the Shelves Empty: The Library and the Network",
            "Half the Shelves Empty"],
    title_excludes=["following remarks", "Duluth", "permission"],
    creators=[("Ruth Lindahl", "Senator Ruth Lindahl", "State Senator Ruth Lindahl")],
    note="a bracketed editor's note before the title names the speaker ('remarks were delivered by ...')")

case("interview_credit_at_end", lines(
    C("TALKING BEES WITH ARNOLD FISK"),
    "", "",
    body("Arnold Fisk has kept bees on the same hillside outside Decorah for "
         "forty-one years. We sat on his porch on a hot afternoon in June, "
         "with the hives humming at the bottom of the garden."),
    "",
    BEE_QA,
    "",
    W("Interview by Jenna Morales for The Hive Line, newsletter of the "
      "Northeast Iowa Beekeepers, July 1993.")),
    titles=["Talking Bees with Arnold Fisk"],
    title_excludes=["Hive Line", "Interview by"],
    creators=["Jenna Morales"],
    note="interview credited only at the end 'Interview by NAME for NEWSLETTER': the interviewer is the author (librarian's choice), the interviewee is not")

# ---- H. press releases -------------------------------------------------------------------
case("press_release_immediate", lines(
    "FOR IMMEDIATE RELEASE                             Contact: Jill Parsons",
    "March 3, 1994                                            (612) 555-0188",
    "",
    C("PRAIRIE FREENET OPENS FREE PUBLIC ACCESS IN SIX COUNTIES"),
    "",
    body("MINNEAPOLIS, Minn. -- The Prairie FreeNet, a non-profit community "
         "computer network, will open free dial-up access to residents of six "
         "west-central Minnesota counties on April 1, the network's board "
         "announced today.",
         "\"For the first time, a farmer in Swift County will be able to read "
         "the same government reports and send the same electronic mail as a "
         "professor at the university,\" said Dr. Alan Whitcomb, president of "
         "the FreeNet's board. \"And it will not cost him a long-distance "
         "call to do it.\"",
         "The network will be reachable through local numbers in Benson, "
         "Morris, Montevideo and Willmar. Accounts are free to anyone who "
         "registers in person at a participating public library."),
    "",
    C("###")),
    titles=["Prairie FreeNet Opens Free Public Access in Six Counties"],
    title_excludes=["IMMEDIATE", "Contact", "555-0188", "###"],
    creators_any=[[], ["Prairie FreeNet"], ["The Prairie FreeNet"]],
    name_in_title_ok=True,
    note="press release: the headline is the title; the contact and the person quoted are not authors (none, or the organisation)")

case("press_release_embargoed_letterhead", lines(
    C("CITIZENS FOR OPEN NETWORKS"),
    C("1420 Elm Street, Suite 300, St. Paul, MN 55102"),
    C("Tel. (612) 555-0102   Fax (612) 555-0103"),
    "",
    "NEWS RELEASE",
    "EMBARGOED UNTIL 10:00 A.M. CDT, THURSDAY, JUNE 2, 1994",
    "",
    C("COALITION URGES CONGRESS TO PROTECT SMALL BULLETIN BOARDS"),
    C("Survey Finds Most Boards Run by Volunteers From Private Homes"),
    "",
    body("ST. PAUL, June 2 -- A survey of more than four hundred bulletin "
         "board operators in the upper Midwest found that nine in ten run "
         "their systems from private homes, at their own expense, and that "
         "fewer than one in twenty charges callers any fee at all.",
         *P_NETRIGHTS[1:]),
    "",
    "                                  - 30 -"),
    titles=["Coalition Urges Congress to Protect Small Bulletin Boards",
            "Coalition Urges Congress to Protect Small Bulletin Boards: "
            "Survey Finds Most Boards Run by Volunteers From Private Homes"],
    title_excludes=["EMBARGOED", "NEWS RELEASE", "Elm Street", "555-0102"],
    creators_any=[[], ["Citizens for Open Networks"]],
    note="press release on letterhead: embargo line, headline and deck; author none or the organisation")

# ---- I. titles in other shapes ------------------------------------------------------------
case("title_tex_quotes", lines(
    C("``The Night the Net Stayed Up''"),
    "",
    C("by Evelyn Marsh"),
    "", "",
    body(*P_RADIO)),
    titles=["The Night the Net Stayed Up"],
    title_excludes=["``", "''"],
    creators=["Evelyn Marsh"],
    note="title in TeX-style quotes ``...'' as Usenet writers typed them")

case("title_letterspaced", lines(
    "", "",
    C("R I V E R   S O N G"),
    "",
    C("b y   S i g r i d   H o l t e"),
    "", "",
    body(*P_CHURCH)),
    titles=["River Song"],
    creators=["Sigrid Holte"],
    note="letter-spaced title and byline ('R I V E R   S O N G'): read as words")

case("title_bracket_decor", lines(
    C("-=[ Checking In: A Guide to the Sunday Net ]=-"),
    C("-=[ by Knight Errant ]=-"),
    "", "",
    body(*P_RADIO)),
    titles=["Checking In: A Guide to the Sunday Net", "Checking In"],
    title_excludes=["-=[", "]=-"],
    creators=["Knight Errant"],
    note="title and byline framed in '-=[ ... ]=-' decorations")

case("title_question", lines(
    C("Is There Life After the BBS?"),
    "",
    C("by Gary Pruitt"),
    "", "",
    body(*P_SYSOP)),
    titles=["Is There Life After the BBS?"],
    creators=["Gary Pruitt"],
    note="a title that is a question, kept with its question mark")

case("title_caps_two_lines", lines(
    C("A FEW PLAIN WORDS ON THE KEEPING OF"),
    C("HONEY BEES THROUGH A NORTHERN WINTER"),
    "",
    C("by Gunnar Aasen"),
    "", "",
    body(*P_BEES)),
    titles=["A Few Plain Words on the Keeping of Honey Bees Through a Northern Winter"],
    creators=["Gunnar Aasen"],
    note="a long capitals title wrapped over two centred lines mid-phrase: one title, not title + subtitle")

case("title_or_alternative", lines(
    C("THE LAST TROLLEY;"),
    C("or, Mrs. Pell Rides Home"),
    "",
    C("by Iris Caldwell"),
    "", "",
    body(*P_TROLLEY)),
    title_re=r"the last trolley([;:,]? or,? mrs\.? pell rides home)?",
    creators=["Iris Caldwell"],
    note="old-style alternative title 'X; / or, Y' (either the short title or the whole)")

case("title_paren_subtitle", lines(
    C("The Woodpile"),
    C("(Notes of a Reluctant Stoker)"),
    "",
    C("by Owen Pritchard"),
    "", "",
    body(*P_WOOD)),
    titles=["The Woodpile", "The Woodpile: Notes of a Reluctant Stoker",
            "The Woodpile (Notes of a Reluctant Stoker)"],
    creators=["Owen Pritchard"],
    note="subtitle in parentheses on the line under the title")

case("title_date_line_signed_end", lines(
    C("THE FLOOD OF '93"),
    C("July 1993"),
    "", "",
    body(*P_FLOOD),
    "",
    "-- Carl Hendricks"),
    titles=["The Flood of '93"],
    title_excludes=["July"],
    creators=["Carl Hendricks"],
    note="title followed by a date line, no byline; signed '-- NAME' at the end")

case("disclaimer_before_title", lines(
    W("DISCLAIMER: This file is provided for information only. Neither the "
      "author nor the operators of any system on which it appears accept "
      "responsibility for damage to chimneys, stoves, houses or persons "
      "resulting from its use. Burn safely."),
    "", "",
    C("SPLITTING AND STACKING FIREWOOD"),
    C("by Harlan Voss"),
    "", "",
    body(*P_WOOD)),
    titles=["Splitting and Stacking Firewood"],
    title_excludes=["DISCLAIMER", "information only"],
    creators=["Harlan Voss"],
    note="a DISCLAIMER paragraph before the title and byline")

case("group_presents_title", lines(
    C(".oO The Static Line Collective Oo."),
    C("proudly presents"),
    "",
    C("SURVIVING THE SYSOP'S FIRST YEAR"),
    "",
    C("by Flux"),
    "", "",
    body(*P_SYSOP)),
    titles=["Surviving the Sysop's First Year"],
    title_excludes=["Static Line", "presents"],
    creators=["Flux"],
    note="'GROUP proudly presents' over the title: the group is not the author, the one-word handle is")

case("zine_phile_header", lines(
    C("==Lamplight Quarterly=="),
    C("Volume Two, Issue Seven, Phile 4 of 11"),
    "",
    C("------------------------------------------------"),
    C("The Night the Operators Went Home"),
    C("------------------------------------------------"),
    C("by Switchhook"),
    "", "",
    body(*P_PHONE)),
    titles=["The Night the Operators Went Home"],
    title_excludes=["Lamplight", "Phile", "Volume", "Issue"],
    creators=["Switchhook"],
    note="one article ('phile') of an e-zine, headed by the zine's volume/issue/phile line")

case("genre_line_under_title", lines(
    C("THE DROWNED CHURCH"),
    C("A Short Story"),
    "",
    C("by Ilse Brandt"),
    "", "",
    body(*P_CHURCH)),
    titles=["The Drowned Church", "The Drowned Church: A Short Story"],
    creators=["Ilse Brandt"],
    note="a genre line ('A Short Story') between title and byline")

case("wire_story_ap", lines(
    "Town Digs Out After Record Crest",
    "",
    "By MARTHA QUINLAN",
    "Associated Press Writer",
    "",
    W("GRAFTON, Ill. (AP) -- " + P_FLOOD[0]),
    "",
    body(*P_FLOOD[1:])),
    titles=["Town Digs Out After Record Crest"],
    title_excludes=["Associated Press", "GRAFTON"],
    creators=["Martha Quinlan"],
    note="wire story: headline, 'By NAME' in capitals, 'Associated Press Writer', '(AP) --' dateline")

case("title_with_filename_in_brackets", lines(
    "HEARTH AND FLUE: A WOOD HEAT PRIMER  [WOODHEAT.TXT]",
    "by Gordon Achterberg",
    "",
    body(*P_WOOD)),
    titles=["Hearth and Flue: A Wood Heat Primer", "Hearth and Flue"],
    title_excludes=["WOODHEAT", ".TXT", "["],
    creators=["Gordon Achterberg"],
    note="the title line carries the file name in brackets after it: not the title's")

# ---- J. no author (or no title): nothing may be invented ----------------------------------
case("salutation_first_no_title", lines(
    "Dear friends,",
    "",
    body("As most of you know by now, the board will be going down for good "
         "at the end of the month. The phone company has doubled the rate on "
         "the second line, and I cannot keep paying it out of my own pocket.",
         "I want to thank every one of you who called over the last six "
         "years. Some of you I have never met, and some of you I now count "
         "among my oldest friends, which is a strange thing to be able to say "
         "about people I first knew as a handle on a screen.",
         "The message bases will be archived and the files will go to the "
         "county library, which has kindly offered to keep them. See you all "
         "on the other boards.")),
    no_title=True,
    title_excludes=["Dear friends"],
    creators=[],
    note="an unsigned farewell that opens 'Dear friends,': no title (file name) and no author")

case("author_unknown_line", lines(
    C("THE BEEKEEPER'S WIFE"),
    "", "",
    "     She tells the bees when someone dies,",
    "     she tells them when there's born",
    "     a child in any house for miles,",
    "     and when the hay is shorn.",
    "",
    "     She ties a black band round the hive",
    "     and whispers at the door,",
    "     for bees who are not told, they say,",
    "     will work for you no more.",
    "",
    body("This poem was copied out of a scrapbook kept by my grandmother. "
         "It was pasted in among recipes and newspaper cuttings from the "
         "1920s, with no name on it and no indication where it came from. "
         "If anyone knows who wrote it, I would be glad to hear."),
    "",
    "Author unknown."),
    titles=["The Beekeeper's Wife"],
    title_excludes=["unknown"],
    creators=[],
    note="'Author unknown.' at the end: record no author, not 'Unknown'")

case("sysop_note_before_title", lines(
    W("[Sysop's note: This file turned up on a box of old floppies given to "
      "the board by the family of a former caller. I have no idea who wrote "
      "it, but it deserved to be read. -- Red Baron, Sysop, The Aerodrome "
      "BBS, 612-555-0177]"),
    "", "",
    C("THE SWITCHBOARD ABOVE THE BANK"),
    "", "",
    body(*P_PHONE)),
    titles=["The Switchboard Above the Bank"],
    title_excludes=["Sysop", "Aerodrome", "Red Baron"],
    creators=[],
    note="a sysop's signed note before the title says the author is unknown: no author, not the sysop")

case("date_place_signoff_only", lines(
    C("LETTING THE RECORDS ARGUE"),
    "", "",
    body(*P_GENEALOGY),
    "",
    "Decorah, Iowa",
    "February 1994"),
    titles=["Letting the Records Argue"],
    creators=[],
    note="a place and date at the end, no name: no author (the place is not a person)")

case("closing_quote_attribution_no_author", lines(
    C("A LIBRARY IN EVERY TOWN"),
    "", "",
    body(*P_LIBRARY),
    "",
    "     \"I cannot live without books.\"",
    "                                              -- Thomas Jefferson"),
    titles=["A Library in Every Town"],
    title_excludes=["Jefferson"],
    creators=[],
    note="an unsigned essay closing on a quotation '-- Thomas Jefferson': the quoted man is not the author")

case("board_tagline_end_no_author", lines(
    C("THE PIE TABLE"),
    "", "",
    body(*P_FAIR),
    "",
    "=" * 64,
    "  This file brought to you by THE COUNTY LINE BBS * 608-555-0123",
    "  Sysop: Buck Halvorsen * 3 nodes * 14.4k * 24 hrs * Est. 1988",
    "=" * 64),
    titles=["The Pie Table"],
    title_excludes=["COUNTY LINE", "Sysop"],
    creators=[],
    note="an unsigned story with a board's box at the end naming its sysop: no author")

case("by_anonymous_literal", lines(
    C("WHAT I LEARNED AS A SYSOP'S SPOUSE"),
    C("by Anonymous"),
    "", "",
    body(*P_SYSOP)),
    titles=["What I Learned as a Sysop's Spouse"],
    creators_any=[[], ["Anonymous"]],
    note="'by Anonymous' written in the text: no author, or the text's own 'Anonymous' (nothing else)")


if __name__ == "__main__":
    sys.exit(main(__doc__, "credits-battery2"))
