#!/usr/bin/env python3
"""Notes battery probe, second battery: synthetic archived plain texts, one note convention
(or a realistic combination) each, none of them repeating the first battery's or notes_probe's.

Usage:  python3 tests/probes/notes_battery2_probe.py "dotnet /path/to/epub.dll" [--only NAME] [--keep DIR]

Same harness as notes_battery_probe.py (notes_harness.py). Each case is converted with `CMD convert IN -o OUT.epub`;
the probe then checks
  * the number of note-reference links in the body (epub:type noteref / doc-noteref),
  * for each link, in reading order, that its target note begins with that note's own words,
  * that each reference link has a backlink from its note,
  * strings that must stay in the body as plain text (years, list numbers, phone numbers, ...),
  * strings that must stay somewhere in the book (note text, a bibliography, a bio),
  * strings that must not be swallowed into a given note (absent: a bio, a signature, an appendix),
  * that no linked note's text is also left behind in the body text.
Prints one line per failing check and ends with `N/M cases hold`.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notes_harness import case, main  # the shared harness: case(), check(), main(), ...

# =============================================================== CASES
# ---- 1. where the notes stand, how they are headed and labelled ---------------
case('end_notes_two_words_tab_labels', '''Rural Electrification and the Co-operative Idea

by Harold Lindqvist

When the Rural Electrification Administration was set up in 1935, fewer
than one farm in ten in the United States had electric service.1 The
private utilities had little interest in stringing wire down country roads
where there might be two customers to the mile.

Morris Cooke, the first administrator, expected at first that the
utilities themselves would take the agency's loans.2 They did not. The
money went instead to co-operatives formed by the farmers, often with the
county agent as organizer and the local bank as a reluctant partner.3

The results were striking. Within fifteen years nine farms in ten had
power, and the co-operatives had built more line than the private
companies had built in half a century.4

End Notes

1.\tCensus of Agriculture, 1935. The figure for the South was lower still.
2.\tCooke was an engineer and a disciple of Frederick Winslow Taylor,
\tand had worked on the Giant Power survey in Pennsylvania.
3.\tSee D. Clayton Brown, Electricity for Rural America (Westport,
\t1980), chapter 4.
4.\tREA annual report for 1950.
''', ['Census of Agriculture, 1935', 'Cooke was an engineer', 'See D. Clayton Brown', 'REA annual report'],
     keep=['was set up in 1935', 'Within fifteen years nine farms'],
     contains={2: 'Giant Power survey', 3: 'chapter 4'})

case('dashed_banner_heading_colon_labels', '''THE HAYMARKET AFFAIR: A SHORT ACCOUNT

On the evening of May 4, 1886, a few thousand people gathered near the
Haymarket in Chicago to protest the killing of strikers at the McCormick
works the day before.[1] The meeting was peaceful, and the mayor, who
attended for a while, went home thinking nothing would happen.[2]

As the last speaker was finishing, a column of police marched in and
ordered the crowd to disperse. Someone threw a bomb. Seven policemen died
of their wounds, most of them, it later emerged, hit by their own
colleagues' bullets in the confusion.[3]

Eight anarchists were tried for murder. No evidence connected any of them
with the bomb, and the prosecution did not seriously try to find any.[4]
Four were hanged in November 1887; a fifth killed himself in his cell.

------- Notes -------
1: At least two strikers were shot by police at McCormick Harvester
on May 3.
2: Mayor Carter Harrison told the police captain the meeting was
"tame" and left at about ten o'clock.
3: Police reports of the time admit that the officers fired wildly
into the dark.
4: Governor Altgeld said as much when he pardoned the survivors in
1893.
''', ['At least two strikers', 'Mayor Carter Harrison', 'Police reports of the time', 'Governor Altgeld said'],
     keep=['May 4, 1886', 'in November 1887'],
     contains={1: 'on May 3', 4: 'survivors in 1893'})

case('right_aligned_note_numbers', '''                THE MILL GIRLS OF LOWELL, 1826-1850

    The Boston Associates built their first mills on the Merrimack in
the 1820s, and staffed them with the daughters of New England farmers.[1]
The girls lived in company boarding houses, under a matron, and were
expected at church on Sunday.[2]

    Wages were good by the standards of the day, about two dollars a
week after board.[3] Many of the girls sent money home; some saved for
a dowry, and a few paid a brother's way through college.[4]

    The girls also wrote. The Lowell Offering, a magazine of their own
stories and essays, ran from 1840 to 1845,[5] and was praised by
Dickens when he visited the town.[6] Its critics said it was too mild,
and that the company had a hand in it.[7]

    In 1834 and again in 1836 the girls turned out against wage cuts
and higher board.[8] The strikes failed, but in the 1840s the Female
Labor Reform Association took up the ten-hour day,[9] and its leader,
Sarah Bagley, testified before the legislature.[10] The committee
found nothing to be done.[11] By 1850 Irish immigrants were replacing
the Yankee girls in the mills.[12]

                                NOTES

 1. Francis Cabot Lowell had died in 1817, before the town that bears
    his name was laid out.
 2. Regulations printed for the Lawrence Corporation, 1833.
 3. Thomas Dublin, Women at Work, has the payroll figures.
 4. Letters in the Dublin collection mention all three.
 5. It was edited by the minister Abel Thomas and later by Harriet
    Farley.
 6. American Notes, chapter 4.
 7. The Voice of Industry made this charge repeatedly.
 8. The first turnout was in February 1834.
 9. The Association was founded in January 1845.
10. She was the first woman to testify before the Massachusetts
    legislature, in 1845.
11. The chairman, William Schouler, was a Lowell newspaper owner.
12. The change was largely complete by the middle of the decade.
''', ['Francis Cabot Lowell', 'Regulations printed', 'Thomas Dublin, Women', 'Letters in the Dublin',
      'It was edited by the minister', 'American Notes, chapter 4', 'The Voice of Industry', 'The first turnout',
      'The Association was founded', 'She was the first woman', 'The chairman, William Schouler',
      'The change was largely'],
     keep=['ran from 1840 to 1845', 'In 1834 and again in 1836', 'By 1850 Irish'],
     contains={1: 'was laid out', 10: 'legislature, in 1845'})

case('note_continuation_lines_start_with_numbers', '''THE LONDON DOCK STRIKE OF 1889

The strike began on the West India Dock on 14 August 1889, over the
"plus" paid for unloading the Lady Armstrong.1 Within a week it had
spread to every dock on the river, and the lightermen and stevedores had
come out in sympathy.2

The dockers asked for sixpence an hour, the famous "docker's tanner",
and an end to the call-on system by which men were hired for a few hours
at a time.3 Their marches through the City were orderly and good
humoured, and they won the sympathy of the public and the press.4 Before
1889 unskilled men had not been thought capable of such discipline.

The strike was saved by money from Australia, where the unions sent
more than thirty thousand pounds.5 Cardinal Manning mediated, and the
dock companies gave way in the middle of September.6

NOTES

1. The ship was being unloaded at the South West India Dock; see the
Star of 15 August 1889, p. 3.
2. H. Llewellyn Smith and Vaughan Nash, The Story of the Dockers'
Strike (London, 1889), pp. 28-35, has the order in which the docks came
out.
3. Men stood at the dock gates each morning and the foreman chose from
them; see Charles Booth, Life and Labour of the People in London, in
3 vols. (London, 1889-91), vol. 1.
4. The Times, for one, was friendly, at least at the start.
5. The sum is usually given as 30,000 pounds; the Brisbane wharf
labourers were the first to send money.
6. The agreement was signed at the Mansion House on
14 September, to take effect in November.
''', ['The ship was being unloaded', 'H. Llewellyn Smith', 'Men stood at the dock gates', 'The Times, for one',
      'The sum is usually given', 'The agreement was signed'],
     keep=['on 14 August 1889', 'Before 1889 unskilled men'],
     contains={1: 'p. 3', 2: 'pp. 28-35', 3: '3 vols. (London, 1889-91), vol. 1', 6: '14 September, to take effect'})

case('notes_then_unnumbered_bibliography', '''The Diggers of St George's Hill

In April 1649 a small group of poor men began to dig the common land on
St George's Hill in Surrey and to plant it with parsnips, carrots and
beans.[1] Their leader, Gerrard Winstanley, had been a cloth merchant in
London until he was ruined in the war.[2]

The Diggers held that the earth was a common treasury for all, and that
the poor had a right to the commons and the wastes.[3] The local
landowners did not agree. They had the diggers beaten, their huts pulled
down and their crops trampled, and the colony moved to Cobham Heath.[4]
By the spring of 1650 it was gone.

Notes

[1] The first account is in the Council of State's papers for 16 April.
[2] He had been a freeman of the Merchant Taylors' Company.
[3] The True Levellers Standard Advanced, published that April.
[4] The lord of the manor there was the rector, John Platt.

Bibliography

Hill, Christopher. The World Turned Upside Down. London: Temple Smith,
1972.
Sabine, George H., ed. The Works of Gerrard Winstanley. Ithaca: Cornell
University Press, 1941.
''', ["The first account is in the Council", 'He had been a freeman', 'The True Levellers', 'The lord of the manor'],
     keep=['In April 1649', 'By the spring of 1650'],
     present=['Hill, Christopher. The World Turned Upside Down', 'The Works of Gerrard Winstanley'],
     absent={4: 'Hill, Christopher'})

case('notes_then_bio_and_copyright', '''Night Shift: Notes from a Hospital Ward

The night shift on a medical ward begins at half past eight, with a
handover that can take an hour if the day has been bad (1). For the
next eleven hours two nurses and an auxiliary look after twenty-eight
patients, most of them old and many of them confused.

The work is not what people imagine. There is little drama and a great
deal of lifting, turning, washing and writing (2). The paperwork has
doubled in the five years I have been on the ward, and none of it, so
far as I can see, has made anyone safer (3).

What keeps us going is each other. We eat together at three in the
morning, when the ward is quietest, and talk about anything but work (4).

NOTES

1. On my ward the handover is given at the bedside, not in the office.
2. A nurse on nights walks about eight miles, by one count.
3. The care plans alone run to six pages for each patient.
4. Usually toast, made in the ward kitchen against all the rules.

Mary Okafor is a staff nurse and union steward at a hospital in the
north of England. She has worked nights for nine years.

Copyright (c) 1996 Mary Okafor. Permission is granted to copy this
article for non-commercial purposes, provided this notice is kept.
''', ['On my ward the handover', 'A nurse on nights walks', 'The care plans alone', 'Usually toast, made'],
     keep=['begins at half past eight'],
     present=['Mary Okafor is a staff nurse'],
     absent={4: 'staff nurse and union steward'})

case('bbs_banner_notes_then_advert', '''\
 _____________________________________________________________________
|                                                                     |
|            T H E   R E D   S Q U A R E   B B S                      |
|      Left politics, history & labour files  *  Node 1:107/412       |
|_____________________________________________________________________|

              THE WINNIPEG GENERAL STRIKE, 1919
                    by R. Deschamps

On May 15, 1919, almost the whole working population of Winnipeg walked
off the job in support of the building and metal trades (1). Some thirty
thousand people struck, most of them not members of any union.

The city was run for six weeks by the Strike Committee, which allowed
bread and milk to be delivered under its own permits (2). The employers
and the city's business men formed the Citizens' Committee of One
Thousand and called the strike a Bolshevik plot (3).

On June 21, "Bloody Saturday", the Mounted Police charged a crowd on
Main Street. Two men were killed (4). The strike was called off four days
later.

NOTES:

(1) The metal trades had been refused recognition by the ironmasters.
(2) The cards read "Permitted by Authority of the Strike Committee".
(3) The Committee never published its membership.
(4) Mike Sokolowski and Steve Schezerbanowes.

+-------------------------------------------------------------------+
|  Downloaded from THE RED SQUARE BBS  (204) 555-0188   24 hrs     |
|  300-14,400 baud  *  Sysop: Comrade Bob  *  Over 2,000 files!     |
+-------------------------------------------------------------------+
''', ['The metal trades had been refused', 'The cards read', 'The Committee never published', 'Mike Sokolowski'],
     keep=['On May 15, 1919', 'On June 21'],
     absent={4: 'Downloaded from'})

case('usenet_notes_before_signature', '''From: pfenner@unix.example.ac.uk (Paul Fenner)
Newsgroups: soc.history.war.misc,alt.history.british
Subject: Re: The Christmas Truce - did it really happen?
Date: 22 Dec 1995 11:04:37 GMT
Organization: Example University Computing Service
Lines: 34
Message-ID: <4bdu3l$f2k@news.example.ac.uk>

In article <4bb1q0$8ps@netnews.example.com>, jwest@example.com writes:
> I've always assumed the football match was a myth made up after
> the war. Is there any real evidence?

There is plenty of evidence that the truce happened. Hundreds of letters
home describe it, and several were printed in the local papers in the
first week of January 1915 [1]. The truce was patchy: along some parts of
the line there was no let-up in the shooting at all.

The football is harder. Several letters mention a game, but most of them
are second-hand, and the only detailed first-hand account comes from the
German side [2]. My own view is that there were a few kickabouts rather
than a proper match, which is what you would expect of men who had
nothing to play with but a bully-beef tin [3].

Footnotes:
[1] See Brown and Seaton, Christmas Truce (1984), which quotes many of
    them.
[2] Lt. Johannes Niemann of the 133rd Saxon Regiment.
[3] One letter says exactly this.

--
Paul Fenner                   | "Lions led by donkeys" - but the
Dept. of History, Example U.  |  donkeys were not all in the army.
pfenner@unix.example.ac.uk    |
''', ['See Brown and Seaton', 'Lt. Johannes Niemann', 'One letter says exactly'],
     keep=['January 1915'],
     absent={3: 'Dept. of History'})

case('newsletter_articles_each_with_notes', '''                     THE ALLOTMENT GAZETTE
        Newsletter of the Hollins Road Allotment Society
                 Vol. 3, No. 2  --  Spring 1995

==================================================================

A SHORT HISTORY OF THE SITE

The Hollins Road plots were laid out in 1917, when the council took the
field for wartime food growing (1). After the war the tenants refused to
give them up, and the society was formed to defend them (2).

Notes:
(1) Under the Defence of the Realm Act, which let councils take idle land.
(2) The first minute book survives and is kept by the secretary.

==================================================================

SLUGS: A GARDENER'S WAR

Every year someone asks for a safe way to deal with slugs. Beer traps
work (1), and so do copper rings round the stems, though they are dear.
Nematodes can be watered in from April (2). Pellets should not be used
near the pond, where the frogs and toads do most of the work for us (3).

Notes:
(1) Any cheap bitter will do; they are not fussy.
(2) Order them from the shop; they keep for a week in the fridge.
(3) A single toad is said to eat a hundred slugs a night in season.

==================================================================

FROM THE COMMITTEE

The rent for a full plot stays at 18 pounds a year (1). The water
troughs will be turned on at Easter, and the skip for rubbish will come
on the first Saturday of May (2).

Notes:
(1) Half plots remain at 10 pounds; pensioners pay half.
(2) Please do not put glass or carpet in the skip.
''', ['Under the Defence of the Realm', 'The first minute book', 'Any cheap bitter', 'Order them from the shop',
      'A single toad is said', 'Half plots remain', 'Please do not put glass'],
     keep=['laid out in 1917', '18 pounds a year'])

case('parts_notes_per_part_numbering_continues', '''THE CROFTERS' WAR

PART ONE: THE CLEARANCES

Between about 1780 and 1850 the Highland landlords turned much of their
land over to sheep, and moved the people to the coast or overseas.[1] On
the Sutherland estates the factor Patrick Sellar burned the houses at
Strathnaver so that the tenants could not return.[2] He was tried for it
at Inverness in 1816 and acquitted.[3]

NOTES

[1] The chronology differs greatly from one county to another.
[2] Donald Macleod's Gloomy Memories is the best-known account.
[3] The jury was made up largely of local gentlemen and tacksmen.

PART TWO: THE LAND LEAGUE

The crofters fought back in the 1880s. In 1882 the tenants of Braes, on
Skye, refused to pay rent and drove off the sheriff officers.[4] The
Battle of the Braes, as the papers called it, was followed by rent
strikes across the islands.[5] The Crofters Act of 1886 gave them security
of tenure and fair rents fixed by a commission.[6]

NOTES

[4] They wanted back the grazing on Ben Lee, taken from them in 1865.
[5] Fifty Glasgow police were sent to Skye to arrest the leaders.
[6] The Napier Commission had reported two years before.
''', ['The chronology differs', "Donald Macleod's Gloomy", 'The jury was made up', 'They wanted back the grazing',
      'Fifty Glasgow police', 'The Napier Commission'],
     keep=['at Inverness in 1816', 'In 1882 the tenants', 'The Crofters Act of 1886'])

case('chapter_excerpt_notes_from_14', '''CHAPTER THREE

THE NEW UNIONISM

The success of the dockers in 1889 set off a wave of organizing among
the unskilled that lasted about three years.14 The gasworkers had already
won the eight-hour day that summer, under Will Thorne, who had learned to
read from Eleanor Marx.15

Unions were formed among seamen, railway workers, general labourers and
even agricultural labourers, and membership of the unions affiliated to
the Congress nearly doubled.16 The new unions had low subscriptions and
few friendly benefits; they relied on the strike rather than the
insurance fund.17

The employers struck back. The Shipping Federation, formed in 1890, hired
free labourers and broke strikes in one port after another.18 By 1893
many of the new unions had lost most of their members.19 Those that
survived did so by keeping a foothold in a few large workplaces.20

NOTES

14. The figures are discussed in Clegg, Fox and Thompson, vol. 1.
15. Thorne's own memoir, My Life's Battles, tells the story.
16. From about 800,000 in 1888 to about 1,500,000 in 1892.
17. Dues of a penny or twopence a week were common.
18. The Hull strike of 1893 was the decisive defeat.
19. The seamen's union nearly collapsed.
20. The gas stations were the best example.
''', ['The figures are discussed', "Thorne's own memoir", 'From about 800,000', 'Dues of a penny',
      'The Hull strike of 1893', "The seamen's union", 'The gas stations'],
     keep=['formed in 1890', 'By 1893 many'])

case('notes_past_100', '''Chapter 9

The Suffrage Campaign in the Provinces, 1907-1914

The militant campaign is usually written about as if it happened only in
London, but the WSPU had organizers in every large town by 1909.[98]
Manchester, where the Pankhursts had begun, remained a centre of
strength, and Annie Kenney ran the west of England from Bristol.[99]

Provincial campaigns had their own character. In the north the suffrage
movement drew on the cotton unions,[100] and the radical suffragists
who worked with them were often impatient with the WSPU's tactics.[101]
In Scotland the Women's Freedom League was stronger than elsewhere.[102]

By-elections gave the provincial branches a chance to show their
strength. At Newcastle in 1908 the WSPU held more than a hundred
meetings in three weeks,[103] and at Crewe the same year its speakers
outnumbered the candidates' by five to one.[104] The government's
candidates lost both seats.[105] Whether the suffragettes had anything to
do with it is another matter.[106]

Notes

98. Rosen, Rise Up Women!, appendix 2, lists them.
99. Kenney went to Bristol in the spring of 1907.
100. Liddington and Norris, One Hand Tied Behind Us, is the standard
     account.
101. Especially Selina Cooper and Esther Roper.
102. The League had split from the WSPU in 1907 over Mrs Pankhurst's
     autocracy.
103. Votes for Women, 4 September 1908.
104. The paper's own estimate, and perhaps a generous one.
105. The Liberal majority at Newcastle had been over four thousand.
106. Liberal agents blamed the licensing bill instead.
''', ['Rosen, Rise Up Women!', 'Kenney went to Bristol', 'Liddington and Norris', 'Especially Selina Cooper',
      'The League had split', 'Votes for Women, 4 September', "The paper's own estimate", 'The Liberal majority at Newcastle',
      'Liberal agents blamed'],
     keep=['At Newcastle in 1908', 'by 1909'],
     contains={3: 'standard account', 5: 'autocracy'})
case('appendix_after_references', '''A Survey of Home Computer Use in Three Villages

Abstract

We asked 212 households in three villages in Cumbria how they used their
home computers. Most used them for games and letters; very few had ever
connected to a bulletin board or the Internet.

1. Background

Earlier surveys of home computing were carried out in cities, where
modems and local call numbers were easier to come by [1]. Rural users
pay more for their calls and have fewer boards within the local call
area [2].

2. Method

A questionnaire (see the Appendix) was delivered by hand to every
household with a computer, as identified by the parish councils [3].
Replies were returned to the village post offices. The response rate
was 64 per cent, which compares well with postal surveys [4].

References

[1] L. Haddon. The home computer: the making of a consumer electronic.
    Science as Culture 2, 1988.
[2] Rural Development Commission. Telecommunications in Rural England.
    London, 1992.
[3] Parish councils of Alston, Garrigill and Nenthead, letters to the
    authors, 1994.
[4] D. Dillman. Mail and Telephone Surveys. New York: Wiley, 1978.

Appendix: The Questionnaire

1. How many computers are there in your household?
2. What do you use them for? Tick all that apply.
3. Do you have a modem? If so, what speed is it?
4. Have you ever called a bulletin board system?
5. Would you use a village board if one were set up?
''', ['L. Haddon. The home computer', 'Rural Development Commission', 'Parish councils of Alston', 'D. Dillman. Mail'],
     keep=['1. How many computers are there', '2. What do you use them for', '3. Do you have a modem',
           '4. Have you ever called', '5. Would you use a village board', 'asked 212 households',
           'was 64 per cent'],
     absent={4: 'How many computers'})

case('postscript_after_notes', '''Why I Left the Party

I joined the Communist Party in 1951, when I was nineteen and working in
the railway shops at Swindon.(1) For five years it was my whole life:
meetings, paper sales, the branch social on Saturday night.

Then came the Khrushchev speech, and Hungary.(2) I remember reading the
Daily Worker on the bus and not believing what it said. Our branch
secretary told us that the reports were lies put out by the capitalist
press. Three weeks later he resigned himself.(3)

I left in December 1956, with about a third of the membership.(4) I have
not joined anything since.

NOTES

(1) The branch met above a cafe in Regent Street.
(2) The secret speech was delivered in February 1956 and leaked that June.
(3) He went on to become a Labour councillor.
(4) The party lost some seven thousand members that year.

POSTSCRIPT, 1995

Forty years on, people ask whether I regret those years. I do not. We
were wrong about a great deal, but we were right that working people
could run things, and I have seen nothing since to change my mind.
''', ['The branch met above a cafe', 'The secret speech was delivered', 'He went on to become',
      'The party lost some seven'],
     keep=['Forty years on, people ask whether I regret', 'could run things', 'in 1951'],
     absent={4: 'Forty years on'})

case('dos_crlf_ctrlz_tabs', ('''THE PEASANTS' REVOLT OF 1381

\tThe poll tax of 1380 was the third in four years, and it fell on
rich and poor at the same rate of a shilling a head.[1] Whole villages
in Essex and Kent gave false returns, and when commissioners came to
enquire they were driven out.[2]

\tBy June the rebels were marching on London. They burned the Savoy
palace of John of Gaunt, broke open the prisons, and beheaded the
Archbishop of Canterbury on Tower Hill.[3]

\tAt Smithfield on 15 June the young king met Wat Tyler, who was struck
down by the Mayor of London in the middle of the parley.[4] Richard rode
forward and told the rebels that he would be their leader, and they
dispersed.

NOTES

1. Three groats, twelve pence, for every person over fifteen.
2. The returns show implausibly few unmarried women.
3. Simon Sudbury, who was also Chancellor.
4. William Walworth, a fishmonger.
''').replace('\n', '\r\n') + '\x1a',
     ['Three groats, twelve pence', 'The returns show implausibly', 'Simon Sudbury', 'William Walworth'],
     keep=['The poll tax of 1380', 'At Smithfield on 15 June'])

case('unwrapped_paragraph_lines', '''How the Co-op Bank Began

The first cooperative bank in our county was not a bank at all but a savings club, run from the back room of the grocery in Mill Street by the shop's manager and two of the committee.1 Members paid in a few pence a week and could borrow against their savings at a rate well below what the moneylenders asked.

The club grew quickly. By 1911 it had four hundred members and more than two thousand pounds on deposit, and the committee was obliged to register it under the Industrial and Provident Societies Act.2 The grocery's manager, Albert Pike, resigned from the shop to run it full time, at a wage of thirty shillings a week.3

It became a proper bank only in 1927, when it was taken over by the national society.4 By then most of its founders were dead, and the back room in Mill Street had become a storeroom again.

NOTES

1. The savings club's first ledger is in the county record office, and shows forty-one members in its first month.
2. The registration papers were drawn up by a solicitor who gave his services free.
3. Pike remained manager until his retirement in 1925.
4. The national society paid the old members their savings in full, with interest.
''', ['The savings club', 'The registration papers', 'Pike remained manager', 'The national society paid'],
     keep=['By 1911 it had four hundred', 'only in 1927'],
     contains={1: 'forty-one members in its first month'})

case('indented_paragraphs_no_blank_lines', '''                      A PLEA FOR THE COMMONS
                       by a Commoner of Epping

     The forest of Epping has been the poor man's pleasure ground for as
long as anyone can remember. He has lopped its trees for fuel in the
winter months, turned out his cattle on its plains, and walked in it on
Sundays with his family.1 These rights were never granted by any lord;
they are older than the lords.
     In the last twenty years the lords of the manors have enclosed more
than three thousand acres of the forest, and sold much of it for
building.2 Fences have gone up where there were none, and the keepers
have orders to turn back anyone who crosses them.
     Thomas Willingale of Loughton, a labourer, went on lopping as his
fathers had done, and was sent to prison for it with his sons.3 One of
them died there of pneumonia. His case has been taken up by the
Corporation of London, which holds land in the parish and so has rights
of common too.4
     We ask only that the forest be left as it was.

                                NOTES
     1. The lopping right ran from St Martin's day, the 11th of November,
to St George's day, the 23rd of April.
     2. The figure is from the Select Committee's evidence of 1871.
     3. In 1866, for two months' hard labour.
     4. By virtue of the cemetery it had bought at Little Ilford.
''', ['The lopping right ran from', "The figure is from the Select", "In 1866, for two months'",
      'By virtue of the cemetery'],
     keep=['more than three thousand acres', 'We ask only that the forest be left as it was'],
     contains={1: 'the 23rd of April'})

case('essay_title_asterisk_in_collection', '''TWO ESSAYS ON WORK

I. THE VIRTUE OF IDLENESS

We are told from childhood that work is good in itself, and that a man
without work is a man without worth.[1] Few of those who say so work
very hard. The praise of labour has always been sung loudest by those
who live on the labour of others.

[1] The proverbs on the subject would fill a small book.

II. THE SHORTER DAY*

The eight-hour day was won by the building trades in some cities in the
1850s and 1860s, and by most organized workers only in the present
century.[2] It is time for the next step. Machines now do in an hour
what a man could do in a day, and the gains have gone almost entirely
to those who own them.

[2] Melbourne's stonemasons won it in 1856.

* This essay first appeared as a pamphlet of the Shorter Hours League,
in 1934.
''', ['The proverbs on the subject', 'This essay first appeared', "Melbourne's stonemasons"],
     keep=['in the 1850s and 1860s'])

case('notes_no_heading_dot_labels', '''The Voyage of the Komagata Maru

In May 1914 a Japanese steamer, the Komagata Maru, arrived in Vancouver
harbour with 376 passengers from the Punjab, most of them Sikhs.1 They
were British subjects, and many of them had served in the army; they
were not allowed to land.2

Canadian law required immigrants to come by continuous journey from
their country of birth, and no steamship line ran directly from India to
Canada.3 The passengers were kept on board for two months while their
case went through the courts. When it failed, the ship was escorted out
of the harbour by the cruiser Rainbow.4

On its return to India the ship was met by police at Budge Budge, near
Calcutta, and in the riot that followed nineteen of the passengers were
killed.5

1. The ship had been chartered by Gurdit Singh, a Singapore businessman.
2. Only twenty returning residents, and the ship's doctor and his family,
were admitted.
3. The continuous journey regulation was adopted in 1908.
4. HMCS Rainbow, one of the two ships of the new Canadian navy.
5. The government's own inquiry blamed the passengers.
''', ['The ship had been chartered', 'Only twenty returning residents', 'The continuous journey regulation',
      'HMCS Rainbow, one of the two', "The government's own inquiry"],
     keep=['In May 1914', 'with 376 passengers'])

case('note_labels_no_space', '''THE TEMPERANCE HALLS OF BOLTON

Temperance in Bolton began, as in most Lancashire towns, with the
"teetotal" pledge of the Preston men in 1832.[1] Within ten years the
town had two temperance halls and a temperance hotel, and the Band of
Hope was taking children's pledges by the hundred.[2]

The halls were more than meeting places. They held concerts, lectures
and penny readings, and ran libraries and savings banks for their
members.[3] For many working families they were the only alternative to
the public house on a Saturday night.[4]

NOTES

[1]The word is said to have been coined by Dicky Turner, a plasterer.
[2]The Band of Hope was founded at Leeds in 1847.
[3]The Bolton hall's library had over two thousand volumes by 1870.
[4]There were more than three hundred pubs and beerhouses in the town.
''', ['The word is said to have been coined', 'The Band of Hope was founded', "The Bolton hall's library",
      'There were more than three hundred'],
     keep=['Preston men in 1832'])

case('pg_footnote_star_block', '''CHAPTER IV

THE CASTLE OF THE COUNTS

The castle stands on a rock above the town, and was for three centuries
the seat of the Counts of Gruyere, who ruled the valley as petty
sovereigns.[*] The last of them, Michel, ran up such debts that his
creditors seized the county, and it was divided between Fribourg and
Berne in 1555.

[Footnote *: He had borrowed chiefly from the two cities that divided
his lands.]

The rooms of the castle are shown to visitors, and contain some good
tapestry and a set of Burgundian vestments taken, it is said, at the
battle of Morat.[**]

[Footnote **: The vestments are more probably of later date.]
''', ['He had borrowed chiefly', 'The vestments are more probably'],
     keep=['Berne in 1555'],
     contains={1: 'divided his lands'})

case('pg_chapter_footnotes_continuous', '''CHAPTER I

THE FIRST SETTLERS

The valley was first settled by shepherds from the coast, who drove their
flocks up in summer and built rough huts of turf and stone.[1] Their
descendants stayed when the huts became houses, and the summer pastures
became farms.[2]

FOOTNOTES:

[1] Traces of such huts can still be seen above the tree line.

[2] The farms still bear the old names of the pastures.


CHAPTER II

THE CHURCH

The church was built by the abbey of St Mary, which owned the upper part
of the valley until the Reformation.[3] It is a plain building, with a
squat tower and a porch added in the fifteenth century.[4]

FOOTNOTES:

[3] The abbey's charters begin about 1150.

[4] The porch bears the date 1487, cut into the lintel.
''', ['Traces of such huts', 'The farms still bear', "The abbey's charters", 'The porch bears the date'])

case('lexis_footnote_blocks', '''Copyright (c) 1993 The Lakeshore Law Review Association
Lakeshore Law Review

Spring, 1993

34 Lakeshore L. Rev. 211

LENGTH: 4120 words

NOTE: WHEN THE STATE PAYS THE INFORMER: MUNICIPAL LIABILITY UNDER SECTION
1983

TEXT:
 [*211]  Few questions in civil rights litigation have been as unsettled
as the liability of a city for the acts of a paid informant. Section 1983
of Title 42 n1 gives a remedy against any person who, under color of
state law, deprives another of a federal right. The Supreme Court held in
Monell n2 that a city is such a person, but only where the injury flows
from its own policy or custom.

- - - - - - - - - - - - - - - - - -Footnotes- - - - - - - - - - - - - - - - - -

 n1 42 U.S.C. 1983 (1988).

 n2 Monell v. Department of Social Services, 436 U.S. 658 (1978).

- - - - - - - - - - - - - - - - -End Footnotes- - - - - - - - - - - - - - - - -

 [*212]  The informant problem arises because the informant is not an
employee. Most courts have dismissed such claims under Rule 12(b)(6), n3
reasoning that a private person paid by the piece acts for himself. A
few have looked instead to the degree of control the police exercised
over the informant's work. n4

- - - - - - - - - - - - - - - - - -Footnotes- - - - - - - - - - - - - - - - - -

 n3 See, e.g., Doe v. Harbor City, 812 F. Supp. 501 (N.D. Ill. 1992).

 n4 The leading case is Roe v. Lake County, 960 F.2d 1021 (7th Cir. 1992).

- - - - - - - - - - - - - - - - -End Footnotes- - - - - - - - - - - - - - - - -
''', ['42 U.S.C. 1983 (1988)', 'Monell v. Department', 'See, e.g., Doe v. Harbor', 'The leading case is Roe'],
     keep=['Section 1983 of Title 42', 'under Rule 12(b)(6)'])

case('page_break_mid_paragraph_footnote', '''                      THE TRUCK SYSTEM

The truck system, by which workers were paid in goods or in tokens good
only at the master's shop, was forbidden by law in 1831 but survived in
the mining districts for decades afterwards.1 The goods were dear and
often bad, and the men had no choice but to take them, since the tokens
would buy nothing elsewhere. A collier who complained could expect to
find himself without work, and

------------
1 The Truck Act, 1 & 2 Will. IV, c. 37.

                                 - 7 -

\f
his family without a roof, for the houses too belonged to the company.2
In South Wales the system lasted until the 1870s, and in Scotland the
miners petitioned against it as late as 1887.3

------------
2 Rent was stopped from wages before they were paid.
3 Keir Hardie's first public campaign was against truck.

                                 - 8 -
''', ['The Truck Act, 1 & 2 Will. IV', 'Rent was stopped', "Keir Hardie's first public"],
     keep=['A collier who complained could expect to find himself without work, and his family without a roof',
           'as late as 1887'])
# ---- 2. how references are typed ------------------------------------------------
case('angle_refs_usenet_with_addresses', '''Path: news.example.net!news.example.edu!not-for-mail
From: kwalsh@ukanvax.example.edu (Kathleen Walsh)
Newsgroups: soc.culture.irish,soc.history
Subject: Re: The Famine - was it genocide?
Date: 3 Feb 1996 21:40:12 GMT
Organization: University of Example
Lines: 30
Message-ID: <4f0ck4$r1e@ukanvax.example.edu>
References: <4ev9a1$kk3@news.example.com>

In article <4ev9a1$kk3@news.example.com>, doyle@example.com (Sean Doyle) writes:
>Food was exported from Ireland all through the Famine. What else do
>you call that?

I would call it a disaster made much worse by policy, which is not quite
the same thing. The exports are real enough: grain and cattle left Irish
ports throughout 1846 and 1847 <1>. But the imports of maize in those
years were larger still, and the real failure was in getting food to the
people who needed it <2>.

Trevelyan's letters are damning, I agree. He wrote that the Famine was
"a mechanism for reducing surplus population" <3>, and he shut down the
relief works in the summer of 1847 in the middle of the worst year <4>.

<1> Figures in Kinealy, This Great Calamity (1994), ch. 9.
<2> Cormac O Grada makes this point in several places.
<3> Actually the phrase is from a letter to Lord Monteagle, 1846.
<4> The soup kitchens replaced them, and then closed in September.

--
Kathleen Walsh <kwalsh@ukanvax.example.edu>   Dept. of History, UoE
''', ['Figures in Kinealy', 'Cormac O Grada makes', 'Actually the phrase is', 'The soup kitchens replaced'],
     keep=['throughout 1846 and 1847', 'in the summer of 1847'])

case('paren_ref_lists', '''The Decline of the Family Farm in Iowa

Between 1950 and 1990 the number of farms in Iowa fell by more than
half, while the average size of those that remained more than
doubled (1). Economists put this down to mechanization and to the price support
system, which paid by the bushel and so rewarded the largest producers
(2, 3).

The farm crisis of the 1980s sharpened the trend. Land values fell by
sixty per cent between 1981 and 1986, and farmers who had borrowed
against their land at the top of the market found themselves unable to
pay (4-6). Banks in small towns failed with them (7,8).

NOTES

1. Census of Agriculture, Iowa volumes for 1950 and 1987.
2. Cochrane called this the agricultural treadmill.
3. The point is made at length in Strange, Family Farming, 1988.
4. Iowa State University land value survey, 1986.
5. Interest rates were above fifteen per cent for much of 1981.
6. See Dudley, Debt and Dispossession, for case studies.
7. Forty-two Iowa banks failed between 1984 and 1987.
8. Most were small country banks with farm loan portfolios.
''', by_label={'1': 'Census of Agriculture', '2': 'Cochrane called', '3': 'The point is made', '4': 'Iowa State University',
               '5': 'Interest rates were', '6': 'See Dudley', '7': 'Forty-two Iowa banks', '8': 'Most were small country'},
     reach=['Census of Agriculture', 'Cochrane called', 'The point is made', 'Iowa State University', 'See Dudley',
            'Forty-two Iowa banks', 'Most were small country'],
     count=(4, 8),
     keep=['Between 1950 and 1990', 'between 1981 and 1986'])

case('adjacent_bracket_refs', '''Teaching Reading with Phonics: What the Research Says

The argument between phonics and whole-language teaching has been going
on for most of this century.[1][2] Chall's review of the research in the
1960s found that early, systematic phonics gave better results in the
first years of school,[3] and later reviews have mostly agreed.[4], [5]

The whole-language movement of the 1980s put more weight on meaning and
on the child's own reading.[6] [7] Its supporters point out that many
phonics programmes were dull, and that children who hate reading do not
read.[8]

Notes

[1] Rudolf Flesch's Why Johnny Can't Read appeared in 1955.
[2] The debate in Britain followed much the same lines.
[3] Jeanne Chall, Learning to Read: The Great Debate, 1967.
[4] Adams, Beginning to Read, 1990.
[5] The National Reading Panel has since been set up to settle it.
[6] Kenneth Goodman called reading a psycholinguistic guessing game.
[7] Frank Smith made the same argument from a different angle.
[8] This is the one point on which nearly everyone agrees.
''', ["Rudolf Flesch's Why", 'The debate in Britain', 'Jeanne Chall, Learning', 'Adams, Beginning to Read',
      'The National Reading Panel', 'Kenneth Goodman called', 'Frank Smith made', 'This is the one point'],
     keep=['in the 1960s found'])

case('glued_ref_lists', '''THE POTATO AND THE POPULATION OF IRELAND

The population of Ireland rose from about five million in 1800 to more
than eight million by 1841.1,2 Most of the increase was among the poorest
classes, the cottiers and labourers who lived on potatoes and little
else.3

A labourer might eat fourteen pounds of potatoes a day, with a little
buttermilk.4-6 The potato would grow on poor ground and in small plots,
and an acre could feed a family for most of the year.7

NOTES

1. K. H. Connell, The Population of Ireland, 1750-1845.
2. The census of 1841 was the first reliable one.
3. The Devon Commission heard much evidence on this.
4. Estimates vary from ten to fourteen pounds.
5. Children ate proportionately less.
6. Salt herring was added on the coast.
7. The lumper variety gave the heaviest yields.
''', by_label={'1': 'K. H. Connell', '2': 'The census of 1841', '3': 'The Devon Commission', '4': 'Estimates vary',
               '5': 'Children ate', '6': 'Salt herring', '7': 'The lumper variety'},
     reach=['K. H. Connell', 'The census of 1841', 'The Devon Commission', 'Estimates vary', 'Salt herring',
            'The lumper variety'],
     count=(5, 7),
     keep=['five million in 1800', 'fourteen pounds of potatoes'])

case('flattened_superscript_after_stop', '''Lenin and the Party of a New Type

Lenin's pamphlet What Is To Be Done? was published in Stuttgart by the
Dietz press. 1 Its argument was simple: the workers, left to themselves, would
arrive only at trade union consciousness, and socialist ideas had to be
brought to them from outside by a party of professional revolutionaries.

At the congress of the following year the party split over the question
of who should count as a member. 2 Lenin's supporters won a majority on
the central bodies and took the name Bolsheviks, the men of the majority,
although they had lost the vote on the membership rule itself. 3

NOTES

1 The title was borrowed from Chernyshevsky's novel of 1863.
2 Martov wanted anyone who helped the party regularly to count.
3 The Mensheviks, the men of the minority, accepted the name.
''', ['The title was borrowed', 'Martov wanted anyone', 'The Mensheviks, the men'],
     keep=['by the Dietz press', 'of the following year'])

case('refs_after_quotes_and_brackets', '''THE NEW POOR LAW AND ITS ENEMIES

Richard Oastler called the new workhouses "Bastiles"[1] and the name
stuck. The Poor Law Commissioners, he said, were "the three kings of
Somerset House",[2] and they ruled England without the consent of
Parliament or people.

The anti-Poor Law movement was strongest in the West Riding and south
Lancashire (where the Commissioners tried to introduce the new system in
the middle of a trade depression)[3] and it merged with Chartism within a
few years.[4] Joseph Rayner Stephens told a meeting at Hyde that they would
"wash their hands in the blood" of anyone who tried to part husband and
wife.[5]

The Andover scandal of 1845--the paupers fought over the marrow in the
bones they were set to crush--[6] finally brought down the Commission.

Notes

[1] The spelling was the usual one at the time.
[2] Frankland Lewis, Nicholls and Shaw-Lefevre.
[3] The first unions in the north were formed in 1837.
[4] Oastler himself was never a Chartist.
[5] He was arrested for it in December 1838.
[6] The select committee of 1846 heard the evidence.
''', ['The spelling was the usual', 'Frankland Lewis, Nicholls', 'The first unions in the north',
      'Oastler himself was never', 'He was arrested for it', 'The select committee of 1846'],
     keep=['The Andover scandal of 1845'])

case('refs_in_block_quotation', '''Engels in Manchester

Friedrich Engels arrived in Manchester in December 1842 to work in his
father's cotton firm, Ermen and Engels.(1) He spent his evenings walking
the working-class districts, guided by Mary Burns, an Irish mill girl
who became his companion.(2)

His description of Little Ireland, near Oxford Road, is the most famous
passage in the book:

     Heaps of refuse, offal and sickening filth lie among standing
     pools in all directions; the atmosphere is poisoned by the effluvia
     from these, and laden and darkened by the smoke of a dozen tall
     factory chimneys.(3) A horde of ragged women and children swarm
     about here, as filthy as the swine that thrive upon the
     garbage-heaps and in the puddles.(4)

Little Ireland was cleared for the railway a few years later.(5)

Notes

(1) The firm had mills at Weaste and an office in Southgate.
(2) Her sister Lizzie later lived with him as well.
(3) The chimneys were those of the mills along the Medlock.
(4) The Condition of the Working Class in England, 1845.
(5) Oxford Road station was built on part of the site.
''', ['The firm had mills at Weaste', 'Her sister Lizzie', 'The chimneys were those', 'The Condition of the Working',
      'Oxford Road station was built'],
     keep=['in December 1842'])

case('ref_wrapped_to_line_start', '''The Repeal of the Combination Acts

The Combination Acts of 1799 and 1800 made it a crime for workmen to
combine to raise their wages or shorten their hours, though masters who
did the same were seldom troubled by them in the courts or anywhere else
(1). Francis Place, a tailor with a shop at Charing Cross, worked for
years to have the Acts repealed, and with great patience and cunning
(2) found an ally in Joseph Hume, the radical member for Aberdeen.

The repeal went through in 1824 with almost no debate, because Place had
arranged for the select committee to hear only the witnesses he chose
(3). A wave of strikes followed, and the next year Parliament passed a
new act which allowed unions to exist but made almost everything they did
an offence (4).

NOTES

(1) Prosecutions of masters under the Acts are almost unknown.
(2) Place kept every paper he touched; his collection is in the British
Library.
(3) He described the manoeuvre with some pride in his papers.
(4) Molestation and obstruction were left undefined.
''', ['Prosecutions of masters', 'Place kept every paper', 'He described the manoeuvre', 'Molestation and obstruction'],
     keep=['Acts of 1799 and 1800', 'went through in 1824', 'found an ally in Joseph Hume'])

case('ascii_dagger_plus', '''THE MAIL COACH

Before 1784 the mails went by post-boys on horseback, who were slow,
often drunk, and easily robbed. John Palmer, who owned theatres in Bath
and Bristol, proposed that the letters should go by fast coach instead,
guarded by an armed man.* The first coach left Bristol at four in the
afternoon on the 2nd of August and reached London at eight the next
morning.

The guard sat at the back, with a blunderbuss and a pair of pistols,+
and the coach had right of way on every road; the turnpike keepers had
to have their gates open when they heard the horn.++ A coach that lost
time was reported, and the coachman could lose his place.

--------
*  Palmer had noticed that his actors travelled faster than the post.
+  The guard was a Post Office servant, and the coachman was not.
++ The horn was the guard's own, and many were handsomely made.
''', ['Palmer had noticed that his actors', 'The guard was a Post Office', "The horn was the guard's own"],
     keep=['Before 1784 the mails'])

case('translation_numbered_and_asterisk_notes', '''MEMORIES OF THE COMMUNE

Translated from the French

We were on the heights of Montmartre at dawn on the 18th of March when
the soldiers came for the cannon.(1) The women of the quarter stood in
front of the guns and talked to the soldiers, and the soldiers would not
fire. General Lecomte gave the order three times.*

By the afternoon the army had withdrawn to Versailles, and Paris was in
the hands of the National Guard [sic: in fact of its Central Committee].
The elections were held on the 26th, and the Commune proclaimed two days
later at the Hotel de Ville, before a crowd of two hundred thousand.(2)
[...] We had seventy-two days.(3)

NOTES

(1) The cannon had been paid for by subscription during the siege.
(2) The figure is the author's own and may be too high. [Ed.]
(3) From the 18th of March to the 28th of May.

* Lecomte was shot by his own men later that day, with General Clement
Thomas. [Tr.]
''', ['The cannon had been paid', 'Lecomte was shot by his own', "The figure is the author's", 'From the 18th of March'],
     keep=['[sic: in fact of its Central Committee]', '[...]'])

case('citation_keys_cs_paper', '''Consistent Global States of Distributed Systems: A Tutorial

1. Introduction

A distributed system has no global clock and no shared memory, so no
process can observe the state of the whole system at a single instant
[Lam78]. Yet many problems, from deadlock detection to checkpointing,
require just such an observation.

Logical clocks [Lam78] and their refinement, vector clocks [Fid88,
Mat89], let processes order events consistently without a common clock.
The snapshot algorithm of Chandy and Lamport [CL85] builds on the same
idea to record a consistent global state while the computation runs.

References

[CL85]  K. M. Chandy and L. Lamport. Distributed snapshots: determining
        global states of distributed systems. ACM TOCS 3(1), 1985.
[Fid88] C. J. Fidge. Timestamps in message-passing systems that preserve
        the partial ordering. Proc. 11th Australian Computer Science
        Conference, 1988.
[Lam78] L. Lamport. Time, clocks, and the ordering of events in a
        distributed system. CACM 21(7), 1978.
[Mat89] F. Mattern. Virtual time and global states of distributed
        systems. Parallel and Distributed Algorithms, 1989.
''', by_label={'Lam78': 'L. Lamport. Time, clocks', 'Fid88': 'C. J. Fidge. Timestamps', 'Mat89': 'F. Mattern. Virtual time',
               'CL85': 'K. M. Chandy and L. Lamport'},
     reach=['L. Lamport. Time, clocks', 'C. J. Fidge. Timestamps', 'F. Mattern. Virtual time', 'K. M. Chandy and L. Lamport'],
     count=(4, 5),
     keep=['Introduction'])

case('ibid_short_notes', '''The Luddites in Yorkshire

The croppers of the West Riding finished cloth by hand with heavy shears,
and the new shearing frames threatened to put them all out of work.[1]
They were the best paid men in the woollen trade, and the proudest.[2]
In the spring of 1812 they began to break the frames at night.[3]

The attack on Rawfolds Mill in April was the climax. William Cartwright
had fortified his mill and waited inside with a few soldiers, and when
the Luddites attacked, two of them were mortally wounded.[4] Cartwright
refused to let them be given water until they named their comrades.[5]

Later that month William Horsfall, a mill owner who had boasted that he
would ride up to his saddle girths in Luddite blood, was shot on
Crosland Moor.[6] Three men were hanged for the murder in January
1813.[7]

NOTES

[1] E. P. Thompson, The Making of the English Working Class, p. 521.
[2] Ibid., p. 523.
[3] F. Peel, The Risings of the Luddites, p. 47.
[4] Ibid., pp. 112-20.
[5] Thompson, op. cit., p. 559.
[6] Ibid., p. 560.
[7] Peel, op. cit., p. 268.
''', ['E. P. Thompson, The Making', 'Ibid., p. 523', 'F. Peel, The Risings', 'Ibid., pp. 112-20',
      'Thompson, op. cit., p. 559', 'Ibid., p. 560', 'Peel, op. cit., p. 268'],
     keep=['In the spring of 1812', 'in January 1813'])

case('footnotes_and_citations_two_systems', '''Measuring Response Time on a Loaded Campus Network

1. Introduction

Users judge a network by its response time, not its throughput.1 Yet most
studies of campus networks report only throughput and utilization [1],
because those are the figures that routers and bridges keep [2].

We measured response time directly, by timing short request and reply
exchanges between pairs of hosts every ten seconds for six weeks.2 The
method is close to that of Mogul [3], but our probes were sent from
ordinary workstations rather than from dedicated monitors.3

Notes

1 Card, Moran and Newell put the limit for interactive work at about a
  tenth of a second.
2 The probes were 64-byte UDP packets.
3 This means the figures include host delays, as users experience them.

References

[1] R. Jain and S. Routhier. Packet trains: measurements and a new model
    for computer network traffic. IEEE JSAC 4(6), 1986.
[2] R. Caceres. Measurements of wide area Internet traffic. Technical
    report, UC Berkeley, 1989.
[3] J. Mogul. Observing TCP dynamics in real networks. SIGCOMM, 1992.
''', ['Card, Moran and Newell', 'R. Jain and S. Routhier', 'R. Caceres. Measurements', 'The probes were 64-byte',
      'J. Mogul. Observing', 'This means the figures'],
     keep=['every ten seconds for six weeks'])

case('notes_with_urls_emails', '''The Electronic Frontier Foundation: A Primer

The EFF was founded in July 1990 by Mitch Kapor and John Perry Barlow,
after the Secret Service raid on Steve Jackson Games in Austin.[1] Its
first job was to pay for that company's lawsuit against the government,
which it won in 1993.[2]

Most of its work since has been less dramatic: filing briefs, answering
questions from journalists, and putting the texts of laws and court
decisions on line where anyone can read them.[3] You can reach its
archives by anonymous ftp at ftp.eff.org, or by gopher at gopher.eff.org
on port 70.

Notes

[1] See Barlow's essay "Crime and Puzzlement", by anonymous ftp from
    ftp.eff.org in /pub/EFF/Publications/John_Perry_Barlow/.
[2] Steve Jackson Games v. United States Secret Service, 816 F. Supp.
    432 (W.D. Tex. 1993).
[3] Send mail to <info@eff.org> for a list, or see http://www.eff.org/.
''', ["See Barlow's essay", 'Steve Jackson Games v. United States', 'Send mail to'],
     keep=['ftp.eff.org, or by gopher at gopher.eff.org on port 70', 'in July 1990'],
     contains={1: '/pub/EFF/Publications/John_Perry_Barlow/', 2: '432 (W.D. Tex. 1993)'})

case('interview_transcript_notes', '''"WE WERE ALL IN IT TOGETHER"
An interview with Jack Ellison, retired miner, recorded at Doncaster,
April 1994

Q: When did you first go down the pit?

A: I was fourteen. That was 1937, at Bentley.[1] My father was a
deputy there, and his father before him, so there was never any question
of doing anything else.

Q: What do you remember of the 1984 strike?

A: Everything. We were out a full year, and we went back with nothing.
The women kept us going; they ran the kitchens at the welfare and fed
three hundred men a day.[2] I picketed at Orgreave on the 18th of June,[3]
and I've never seen anything like it, before or since.

Q: Would you do it again?

A: Yes. We lost, but we were right.[4]

NOTES
[1] Bentley Colliery, north of Doncaster, closed in 1993.
[2] The Bentley women's support group was one of the first in Yorkshire.
[3] Some ninety-five pickets were later charged with riot; all were acquitted.
[4] Mr Ellison died in 1996.
''', ['Bentley Colliery, north', "The Bentley women's support", 'Some ninety-five pickets', 'Mr Ellison died'],
     keep=['That was 1937', 'What do you remember of the 1984 strike', 'three hundred men a day'])
# ---- 3. numbers and brackets that are not note references ------------------------
case('phone_money_paren_refs', '''CITYWIDE TENANTS' UNION -- FACT SHEET #4

RENT CONTROL: WHAT IT IS AND WHAT IT ISN'T

Rent control in this city dates from 1943, when the federal Office of
Price Administration froze rents in war production areas (1). When the
federal controls ended in 1950 the state took them over, and they have
been renewed by the legislature every few years since.

Landlords say that controlled rents are too low to pay for repairs. But
the average controlled rent rose from $62.50 a month in 1970 to $341 in
1993, a good deal faster than the cost of living (2). Where buildings
are falling apart, the cause is more often milking than poverty.

If you think you are being overcharged, call our hotline (3) at
(312) 555-1212, Monday to Friday, 10 a.m. to 4 p.m., or write to us at
P.O. Box 1234, Lakeview Station. Membership dues are $2.50 a month ($1
for seniors and the unemployed).

NOTES

(1) Under the Emergency Price Control Act of 1942.
(2) City housing survey, 1993, Table 12.
(3) The hotline is staffed by volunteers; leave a message after hours.
''', ['Under the Emergency Price Control', 'City housing survey, 1993', 'The hotline is staffed'],
     keep=['dates from 1943', '$62.50 a month in 1970 to $341 in 1993', '(312) 555-1212',
           'P.O. Box 1234', '$2.50 a month ($1 for seniors'])

case('sports_club_dates_scores_glued', '''CASTLEFORD ROVERS A.F.C.: THE FIRST HUNDRED YEARS

(Typed in from the centenary programme by a supporter)

The club was founded at a meeting in the Queen's Head, Carlton Street,
by members of the cricket club who wanted something to do in winter.1
The minutes of that meeting, dated 12/3/94, survive in the club's safe.
The first match, against Pontefract Albion, was lost 3-1 in front of a
crowd of about two hundred.2

The great days came after the Great War. In the 1921-22 season Rovers
won the league by eleven points, and on 23/4/27 they beat Barnsley St
Peter's 2-0 in the final of the West Riding Cup, with goals from Harry
Dean and the captain, Albert Sykes.3 Crowds of 6,000 were not unusual,
and special trains ran from Leeds for the big matches.4

The ground at Wheldon Lane was bought outright in 1951 for 1,500
pounds, raised by a shilling fund among the supporters.5 The 4-4 draw
with the Wakefield side on Boxing Day 1963 is still talked about; kick-
off was at 11.15 and the pitch was frozen solid.6

NOTES

1. The cricket club still shares the pavilion.
2. The Pontefract side folded in 1902.
3. Sykes played 412 games for the club between 1919 and 1934.
4. The railway company charged ninepence return.
5. The shilling fund raised the whole sum in eighteen months.
6. The referee, it is said, was persuaded by a bottle of rum.
''', ['The cricket club still shares', 'The Pontefract side folded', 'Sykes played 412 games',
      'The railway company charged', 'The shilling fund raised', 'The referee, it is said'],
     keep=['dated 12/3/94', 'was lost 3-1', 'In the 1921-22 season', 'on 23/4/27', "Peter's 2-0 in the final",
           'Crowds of 6,000', 'in 1951 for 1,500 pounds', 'The 4-4 draw', 'at 11.15'])

case('legal_subsections_paren_refs', '''KNOW YOUR RIGHTS: STOP AND SEARCH

A guide from the Eastside Legal Advice Centre

Under section 1 of the Police and Criminal Evidence Act 1984 a constable
may stop and search you only if he has reasonable grounds for suspecting
that he will find stolen or prohibited articles (1). Section 2(3)
requires him to tell you his name and station and the object of the
search, and section 3(7) entitles you to a copy of the record for twelve
months afterwards (2).

Code A, paragraph 1.7, says that reasonable suspicion can never be based
on your colour, dress or hairstyle alone (3). There is one important
exception. Under s. 60(1)(a) of the Criminal Justice and Public Order Act
1994 a senior officer may authorize searches without suspicion in an area
for up to 24 hours, if he fears serious violence.

If you think you were searched unlawfully, you can complain, or sue for
damages (4). Article 5(1) of the European Convention on Human Rights may
also help in some cases.

NOTES

(1) "Prohibited articles" means offensive weapons and things made or
adapted for use in burglary or theft.
(2) Ask for it at the station; they must give it to you.
(3) The Code is issued under section 66 of the Act.
(4) Legal aid may be available; ask us.
''', ['"Prohibited articles" means', 'Ask for it at the station', 'The Code is issued', 'Legal aid may be'],
     keep=['Section 2(3) requires', 'section 3(7) entitles', 'paragraph 1.7', 's. 60(1)(a) of the Criminal',
           'Article 5(1) of the European', 'Evidence Act 1984', 'up to 24 hours'])

case('verse_line_numbers_with_notes', '''THE DESERTED MILL

A Poem, with Notes

Where Calder winds beneath the western hill,
And alders shade the long-forsaken mill,[1]
The wheel stands idle in the silent race,
And nettles choke the weaver's dwelling-place.
No shuttle flies, no hurrying footsteps come;              5
The loom is broken and the bell is dumb.[2]
Here once a hundred hands the fleeces spun,
And children toiled from dawn to set of sun,
Till steam, that giant of the smoky town,
Drew all the valley's little commerce down.[3]             10
Now only swallows in the rafters wake,
And the grey heron watches by the lake,
While those who laboured here lie side by side
Beneath the chapel yard, or far and wide
Have sought in distant lands a kinder fate.[4]              15

NOTES

[1] The mill at Lumb, built about 1790, burned in 1868.
[2] The bell called the hands to work at six.
[3] The Halifax mills took most of the trade after 1840.
[4] Several families of the village emigrated to Canada.
''', ['The mill at Lumb', 'The bell called the hands', 'The Halifax mills took', 'Several families of the village'],
     keep=['Where Calder winds beneath the western hill', 'Now only swallows in the rafters wake'])

case('modem_text_glued_refs_distractors', '''GETTING ONLINE: A BEGINNER'S GUIDE TO MODEMS
by SysOp Gandalf, The Shire BBS

A modem turns your computer's digital signals into sounds that can
travel over an ordinary phone line.1 The speed is measured in bits per
second, though nearly everyone still says baud.2 A 2400 bps modem costs
under $50 these days, and a 14.4k v.32bis modem about $150.

Most modems understand the Hayes command set.3 Type ATZ to reset the
modem, and ATDT555-0143 to dial our number. If your modem is on COM2
and your mouse on COM1, all is well; but COM1 and COM3 both use IRQ 4 by
default, and two devices on one IRQ will fight.4

Under Windows 3.1 you can use the Terminal program that comes with it,
but a 386SX with 4 MB of memory will run Telix or Procomm under DOS just
as well, and you will have fewer problems with dropped characters.5

NOTES

1. MOdulator-DEModulator, hence the name.
2. Baud is strictly the number of signal changes a second.
3. After Hayes Microcomputer Products, who introduced it in 1981.
4. COM2 and COM4 share IRQ 3 in the same way.
5. The 16550 UART chip helps a great deal at high speeds.
''', ['MOdulator-DEModulator', 'Baud is strictly', 'After Hayes Microcomputer', 'COM2 and COM4 share',
      'The 16550 UART chip'],
     keep=['A 2400 bps modem costs under $50', '14.4k v.32bis modem', 'ATDT555-0143', 'is on COM2',
           'COM1 and COM3 both use IRQ 4', 'Under Windows 3.1', 'a 386SX with 4 MB'])

case('model_numbers_glued_refs', '''THE SPACE RACE: A CHRONOLOGY WITH COMMENTS

The race began on 4 October 1957, when the Soviet Union put Sputnik 1
into orbit.1 It weighed 184 pounds and did nothing but transmit a
beeping signal, but its effect on American opinion was enormous.2 The
first American attempt, Vanguard TV3, blew up on the pad in December.3

Explorer 1 followed in January 1958, launched on a Jupiter-C, and found
the radiation belts that now bear Van Allen's name.4 The Russians
answered with Luna 2, which hit the moon, and Luna 3, which photographed
its far side.5

Yuri Gagarin orbited the earth in Vostok 1 on 12 April 1961.6 Alan
Shepard's flight in Freedom 7 three weeks later was only suborbital.7
John Glenn's orbital flight on an Atlas rocket came the next year.8

The race ended, in American eyes at least, when Apollo 11 landed in the
Sea of Tranquillity in July 1969.9 By then the Soviet N-1 moon rocket had
failed twice, and the Russian program had quietly turned to space
stations.10 Salyut 1 went up in 1971.11

NOTES

1. Sputnik means "fellow traveller" in Russian.
2. The press called it a technological Pearl Harbor.
3. The newspapers named it Kaputnik and Flopnik.
4. James Van Allen designed the instruments.
5. The far side was photographed on 7 October 1959.
6. The flight lasted 108 minutes.
7. It lasted fifteen minutes.
8. Friendship 7, on 20 February 1962.
9. Armstrong and Aldrin walked on the surface for about two hours.
10. Both failures were kept secret for twenty years.
11. Its first crew died on the way home.
''', ['Sputnik means', 'The press called it', 'The newspapers named', 'James Van Allen designed',
      'The far side was photographed', 'The flight lasted 108', 'It lasted fifteen', 'Friendship 7, on 20 February',
      'Armstrong and Aldrin', 'Both failures were kept', 'Its first crew died'],
     keep=['put Sputnik 1 into orbit', 'It weighed 184 pounds', 'Vanguard TV3', 'Explorer 1 followed',
           'Luna 2, which hit', 'Luna 3, which photographed', 'in Vostok 1 on 12 April 1961', 'in Freedom 7 three weeks',
           'when Apollo 11 landed', 'Soviet N-1 moon rocket', 'Salyut 1 went up'])

case('body_list_same_shape_as_notes', '''LOCAL 418 -- WHAT WE ARE ASKING FOR

The contract with Harmon Foods runs out on March 31. At the general
meeting on February 9 the members voted for the following demands, in
this order:

1) A raise of 75 cents an hour in each year of a three-year contract.[1]
2) Full benefits for part-timers who work 25 hours a week or more.
3) An end to mandatory overtime on weekends.[2]
4) Seniority to count from the first day of work, not from the end of
   probation.[3]

The company says it cannot afford the raise. Its own annual report shows
profits of 14 million dollars last year, up a third on the year
before.[4]

NOTES

1) The last raise, in 1991, was 30 cents.
2) Mandatory weekend overtime was worked 19 times last year.
3) Probation is now 90 days.
4) Harmon Foods annual report, 1993, page 6.
''', ['The last raise, in 1991', 'Mandatory weekend overtime', 'Probation is now 90', 'Harmon Foods annual report'],
     keep=['1) A raise of 75 cents an hour', '2) Full benefits for part-timers', '3) An end to mandatory overtime',
           '4) Seniority to count', 'runs out on March 31'])

case('asterisk_bullets_with_numbered_notes', '''WINTER CAMPING IN THE BOUNDARY WATERS
Club Handout No. 7

Winter camping is not summer camping with more clothes. The cold makes
everything slower and harder, and a small mistake can become a serious
one very quickly.[1] Before you go, make sure you have:

  * a four-season tent, or the skills to build a quinzhee;[2]
  * a sleeping bag rated to at least 20 below, with a vapour barrier;
  * a white-gas stove (butane will not vaporize in the cold);
  * insulated boots and a dry pair of liners for every day.

Travel on the lakes only where the ice is at least four inches thick,
and remember that ice near inlets and outlets is always thinner.[3]

  * Drink more than you think you need.
  * Eat fat: butter, cheese and sausage are your friends.[4]

Notes

[1] Most winter emergencies start with wet clothing.
[2] A quinzhee is a hollowed mound of snow.
[3] Current keeps ice thin near moving water.
[4] You may need 4,000 calories a day or more.
''', ['Most winter emergencies', 'A quinzhee is a hollowed', 'Current keeps ice', 'You may need 4,000'],
     keep=['a sleeping bag rated to at least 20 below', 'a white-gas stove', 'insulated boots and a dry pair',
           'Drink more than you think'])

case('faq_section_numbers_references', '''Newsgroups: rec.pets.cats,rec.answers,news.answers
Subject: rec.pets.cats FAQ: Feeding and Nutrition (Part 2 of 5)
Date: 1 Nov 1995 08:00:00 GMT
Archive-name: cats-faq/feeding
Posting-Frequency: monthly

2.1) Should I feed my cat dry food or canned?

Either can make a complete diet if it is labelled as one. Dry food is
cheaper and keeps better, but cats on dry food drink less, and some
vets think this encourages urinary problems in males [1].

2.2) Can my cat be a vegetarian?

Not safely. Cats need taurine, which is found only in animal tissue, and
a deficiency causes blindness and heart failure [2]. Commercial foods
have been supplemented with it since 1987 [3].

2.3) How much should I feed?

Most adult cats need about 30 calories per pound of body weight a day.
Follow the label, and weigh your cat every few months.

References

[1] Osborne and Finco, Canine and Feline Nephrology, 1995.
[2] Pion, Kittleson and Rogers, Science 237, 1987.
[3] The Pet Food Institute announced the change that autumn.
''', ['Osborne and Finco', 'Pion, Kittleson and Rogers', 'The Pet Food Institute'],
     keep=['Can my cat be a vegetarian', 'How much should I feed',
           '30 calories per pound', 'since 1987'])

case('author_date_parens_and_paren_refs', '''Why Did Sharecropping Survive?

Sharecropping in the cotton South outlasted slavery by nearly a century.
Ransom and Sutch (1977) blamed the country merchants, whose monopoly of
credit kept the croppers in debt from one year to the next (1). Wright
(1986, p. 98) put more weight on the labour market: the South was cut off
from the national market for labour, and wages stayed low because no one
left (2).

Mechanization finally ended the system. The first cotton picker was
demonstrated in 1944 (3), and by the early 1960s most of the crop in the
Delta was picked by machine (4).

NOTES

(1) The crop lien laws gave the merchant first claim on the cotton.
(2) Migration north began in earnest only during the First World War.
(3) By International Harvester, at the Hopson plantation near Clarksdale.
(4) Day, Economic Development of the Delta, 1967.
''', ['The crop lien laws', 'Migration north began', 'By International Harvester', 'Day, Economic Development'],
     keep=['Ransom and Sutch (1977)', 'Wright (1986, p. 98)', 'demonstrated in 1944'])

case('speech_applause_paren_refs_endnotes', '''ADDRESS TO THE STATE FEDERATION OF LABOR
Convention Center, September 14, 1993

Thank you. (Applause.) Thank you very much. Please, sit down. I'm told
I have fifteen minutes, and I've never made a fifteen-minute speech in
my life. (Laughter.)

Brothers and sisters, we are in a fight over this trade agreement (1),
and it's a fight about one thing: whether a company can close a plant in
Ohio and open it in Mexico, pay a dollar an hour, and sell the goods
back here with no duty at all. (Applause.) They tell us it will create
two hundred thousand jobs (2). I'd like to know where.

I've been to the maquiladoras. I've seen the workers living in shacks
made of packing crates, a mile from plants with the most modern
machinery in the world (3). (Applause.)

END NOTES

1. The North American Free Trade Agreement, then before Congress.
2. The administration's figure, from a study by the Institute for
International Economics.
3. The speaker visited Matamoros in July 1993.
''', ['The North American Free Trade', "The administration's figure", 'The speaker visited Matamoros'],
     keep=['Thank you. (Applause.) Thank you very much', 'in my life. (Laughter.)', 'no duty at all. (Applause.)'])

case('sermon_scripture_refs', '''THE LABOURER IS WORTHY OF HIS HIRE

A Sermon preached at the Chapel in Union Street on Whit Sunday, 1892

"For the labourer is worthy of his hire." -- Luke 10:7.

The saying is older than the gospel. St Paul repeats it in his first
letter to Timothy (1 Tim. 5:18), and St James is fiercer still: "Behold,
the hire of the labourers who have reaped down your fields, which is of
you kept back by fraud, crieth" (James 5:4).[1] Paul goes back to the
law of Moses for the same lesson, in the ninth chapter of his letter to
the Corinthians, and quotes Deuteronomy in
1 Cor. 9:9, "Thou shalt not muzzle the mouth of the ox that treadeth
out the corn."[2]

My brethren, there are men in this town who are worse used than the ox.
They work twelve hours in the dyehouses for eighteen shillings a week,[3]
and when they are old or sick they are turned off without a penny.

NOTES

[1] The text was a favourite with the Christian Socialists.
[2] Deut. 25:4.
[3] The figure was given at the Trades Council in March of this year.
''', ['The text was a favourite', 'Deut. 25:4', 'The figure was given at the Trades'],
     keep=['Luke 10:7', '(1 Tim. 5:18)', '(James 5:4)', '1 Cor. 9:9, "Thou shalt not muzzle', 'Whit Sunday, 1892'])

case('lime_chemistry_paren_refs', '''Liming Acid Soils: Advice for Smallholders

Most garden and field crops do best in a soil of pH 6.0 to 7.0. Where
rainfall is high, calcium is washed out of the soil and it becomes more
acid each year, so that liming has to be repeated every few years (1).

Ground limestone, CaCO3, is the cheapest liming material and the safest
to use (2). Burnt lime, CaO, and slaked lime, Ca(OH)2, act much faster,
but they are caustic and must be handled with care. Magnesian limestone
contains MgCO3 as well and is the best choice where the soil is short of
magnesium (3).

As a rough guide, 2 tonnes of ground limestone per hectare will raise the
pH of a loam by about one unit. Sandy soils need less and clays more (4).

NOTES

(1) In the wetter west of the country, every four or five years.
(2) It should be ground fine enough to pass a 100-mesh sieve.
(3) Magnesium deficiency shows as yellowing between the leaf veins.
(4) A soil test from the county laboratory costs about 12 pounds.
''', ['In the wetter west', 'It should be ground fine', 'Magnesium deficiency shows', 'A soil test from'],
     keep=['pH 6.0 to 7.0', 'Ground limestone, CaCO3, is', 'Burnt lime, CaO, and slaked lime, Ca(OH)2, act',
           'contains MgCO3 as well', '2 tonnes of ground limestone'])
# ---- 4. what the notes themselves hold, and what comes after them ---------------
case('enumeration_inside_a_note', '''The Master and Servant Acts

Until 1875 a workman who broke his contract of service could be sent to
prison, while a master who broke his was liable only to a civil action
for damages.[1] Some ten thousand prosecutions a year were brought under
the Acts in the 1860s, most of them against miners and farm servants.[2]

The unions made repeal one of their first political demands. The Act of
1867 softened the law a little,[3] but it was the Employers and Workmen
Act of 1875 that put both sides on the same footing at last.[4]

Notes

[1] The Act of 1823 applied to any servant who (1) absented himself
from work, (2) neglected his work, or (3) was guilty of any other
misconduct in it.
[2] The figures are in the Parliamentary Papers for 1866; see note 4
below for the later years.
[3] It allowed a fine instead of prison, as in note 1's third case.
[4] Prosecutions fell to a few hundred a year after 1875.
''', ['The Act of 1823 applied', 'The figures are in the Parliamentary', 'It allowed a fine instead',
      'Prosecutions fell to a few'],
     keep=['Until 1875 a workman', 'The Act of 1867 softened'],
     contains={1: '(1) absented himself from work, (2) neglected his work, or (3) was guilty', 2: 'see note 4 below'})

case('notes_then_acknowledgements', '''Hedgerow Loss in an East Anglian Parish, 1946-1990

The parish of Little Snoring lost more than half of its hedgerows between
the end of the war and 1990, most of them in the 1960s and early 1970s.1
We measured the loss by comparing the RAF air photographs of 1946 with
the Ordnance Survey's 1:10,000 maps and our own field survey.2

The losses were not evenly spread. Hedges on the heavy clay in the north
of the parish, where fields were enlarged for grain, went almost
entirely; those round the pastures by the river survived.3 The older
hedges, judged by the number of woody species in a thirty-yard length,
were no more likely to survive than the newer.4

Notes

1. Grants for hedge removal were paid under the Agriculture Act 1957.
2. The survey was made in the summers of 1989 and 1990.
3. The river meadows remained grazed by dairy herds until 1985.
4. On Hooper's rule, one species for every hundred years of age.

Acknowledgements

We thank the farmers of the parish for access to their land, and the
county record office for the loan of the air photographs.
''', ['Grants for hedge removal', 'The survey was made', 'The river meadows remained', "On Hooper's rule"],
     keep=['1:10,000 maps', 'between the end of the war and 1990'],
     present=['We thank the farmers of the parish'],
     absent={4: 'We thank the farmers'})

case('notes_section_with_preamble', '''The Songs of the Shirtwaist Strike

The strike of the shirtwaist makers in New York began in November 1909
and lasted into February 1910. Its songs were sung on the picket lines in
Yiddish, Italian and English, and some were printed on the back of the
strike leaflets (1).

The best known, "Di Shvue" (The Oath), was not written for the strike at
all; it was the anthem of the Jewish Labor Bund in Russia (2). Others were
new words to old tunes, music-hall songs and hymns alike (3).

NOTES

Translations from the Yiddish are my own unless stated. Page numbers
refer to the 1985 reprint of the song sheets.

(1) The leaflets were printed by the Forward, p. 14.
(2) Words by S. An-sky, written in 1902.
(3) "Hold the Fort" was a favourite, p. 22.
''', ['The leaflets were printed', 'Words by S. An-sky', '"Hold the Fort" was a favourite'],
     keep=['in November 1909 and lasted into February 1910'],
     present=['Translations from the Yiddish are my own'])


if __name__ == '__main__':
    main(__doc__, 'notes-battery2-')
