#!/usr/bin/env python3
"""Notes battery probe: synthetic archived documents, one note convention each.

Usage:  python3 tests/probes/notes_battery_probe.py "dotnet /path/to/epub.dll" [--only NAME] [--keep DIR]

Each case is converted with `CMD convert IN -o OUT.epub`; the probe then checks
  * the number of note-reference links in the body (epub:type noteref / doc-noteref),
  * for each link, in reading order, that its target note begins with that note's own words,
  * that each reference link has a backlink from its note,
  * strings that must stay in the body as plain text (years, list numbers, ...),
  * strings that must stay somewhere in the book (note text),
  * that no linked note's text is also left behind in the body text.
Prints one line per failing check and ends with `N/M cases hold`.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notes_harness import case, main  # the shared harness: case(), check(), main(), ...

# =============================================================== CASES
# ---- 1. reference markers in plain text --------------------------------------
case('brackets_notes_heading', '''THE GRAIN RIOTS OF 1795

by M. Elson

In the summer of 1795 the price of wheat rose faster than at any time in
living memory.[1] Labourers in the southern counties, who spent most of
their wages on bread, found that a week's work no longer fed a family.

The crowds that gathered in the market towns were not, for the most part,
violent. They seized grain and sold it at what they called the just price,
handing the money to the farmer afterwards.[2] Magistrates were often
sympathetic, and several wrote to London asking for relief rather than
troops.

The government took the opposite view. Troops were sent to eleven towns in
July alone, and the ringleaders in two of them were hanged.[3]

NOTES

[1] Board of Agriculture returns, quoted in Wells, Wretched Faces, p. 36.
[2] E. P. Thompson called this the moral economy of the crowd.
[3] The executions at Chelmsford and Lewes were widely reported.
''', ['Board of Agriculture returns', 'E. P. Thompson called', 'The executions at Chelmsford'],
     keep=['In the summer of 1795', 'eleven towns in July'])

case('parens_refs_notes_colon', '''On Municipal Gas

A Lecture Delivered to the Working Men's Institute

Gentlemen, the question before us tonight is whether a town should buy its
own gas works (1). I shall argue that it should, and that the profits, which
now go to a handful of shareholders, ought to lighten the rates of every
householder.

Birmingham has already shown the way. Since the Corporation took over the
works the price has fallen by a third, and the town has cleared a profit of
more than fifty thousand pounds.(2)

Some will say that a council has no business trading. I answer that the
streets, the water and the sewers are already in public hands, and no one
proposes to sell them back.(3)

Notes:

(1) This lecture was first printed in the Institute's Transactions.
(2) Figures from the Birmingham Gas Committee report of 1888.
(3) The water works were bought by the town in 1876.
''', ['This lecture was first printed', 'Figures from the Birmingham', 'The water works were bought'],
     keep=['fallen by a third'])

case('caret_refs', '''Notes on the Early Web

The first web server outside Europe went online at SLAC in December 1991.^1
Within two years there were several hundred, most of them at universities,
and the idea of a home page had not yet been invented.

Mosaic changed that. It showed images inline with the text, and it ran on
the machines that ordinary people had on their desks.^2 By the end of 1994
the number of servers was doubling every few months.^3

Notes
-----
1. Paul Kunz set it up after a visit to CERN.
2. Mosaic 1.0 was released in April 1993.
3. Figures from Matthew Gray's Web Wanderer survey.
''', ['Paul Kunz set it up', 'Mosaic 1.0 was released', "Figures from Matthew Gray's"],
     keep=['in December 1991', 'By the end of 1994'])

case('caret_refs_vs_exponent', '''Einstein for the Layman

Most people know the equation E = mc^2 without knowing what it says. It
says that a small amount of mass holds an enormous amount of energy, because
the speed of light, multiplied by itself, is a very large number.^1

The first public demonstration of the idea was not a bomb but a laboratory
experiment in 1932, when Cockcroft and Walton split lithium nuclei with
protons and measured the energy released.^2 The numbers agreed with the
equation to within the errors of the apparatus.

Notes

1. About ninety thousand million million in metres per second, squared.
2. Reported in Nature in the spring of 1932.
''', ['About ninety thousand million', 'Reported in Nature'],
     keep=['E = mc^2'])

case('glued_period', '''THE COOPERATIVE MOVEMENT IN ROCHDALE

The Rochdale Pioneers opened their store in Toad Lane on the 21st of
December 1844, with a stock of flour, butter, sugar and oatmeal.1 The
twenty-eight founders had each subscribed a pound, paid in instalments of
twopence a week.

Their rules were not new. Most of them had been tried by earlier
societies, and several of the founders had belonged to Owenite groups in
the previous decade.2 What was new was the dividend on purchases, which tied
the members to the store and let the capital grow without outside lenders.

By 1850 the society had six hundred members, and by 1880 more than ten
thousand.3

NOTES

1. G. J. Holyoake, History of the Rochdale Pioneers, ch. 2.
2. Charles Howarth, who drafted the rules, was an Owenite.
3. Annual reports of the society.
''', ['G. J. Holyoake', 'Charles Howarth, who drafted', 'Annual reports of the society'],
     keep=['21st of December 1844', 'By 1850 the society', 'by 1880 more than'])

case('glued_comma_quote_paren', '''Letters from the Front

The letters that survive from the winter of 1916 are mostly short,1 written
in pencil on whatever paper could be found, and they say very little about
the fighting.

Censorship explains some of this,2 but not all. Many men simply did not want
to frighten their families. One private wrote to his mother that the
trenches were "no worse than a wet week at the seaside."3

Officers wrote at greater length (they censored their own letters)4 and
their accounts are correspondingly franker, though they too left out a great
deal.

Notes

1 See the collection at the Imperial War Museum.
2 Each letter was read by a junior officer before posting.
3 Private A. Hollis to his mother, in January 1917.
4 Officers' letters were subject only to spot checks at base.
''', ['See the collection at the Imperial', 'Each letter was read', 'Private A. Hollis', "Officers' letters were subject"],
     keep=['the winter of 1916'])

case('asterisk_after_paragraph', '''A Visit to the Lace Market

The lace warehouses of Nottingham stand on a hill above the old town, tall
brick buildings with rows of windows meant to let in the light for the
inspectors.* Most were built in the middle of the century, when the trade
was at its height.

* The finishing rooms were on the top floors, where the light was best.

Today most of them are offices or flats. A few still carry the names of
their first owners carved above the doors, and one has been turned into a
museum where the old machines are run on Saturdays.
''', ['The finishing rooms were on the top'])

case('asterisk_double', '''THE CHARTER AND ITS CRITICS

The six points of the People's Charter were drawn up in 1838 by William
Lovett and Francis Place.* None of them was new; every one had been argued
for by the radicals of the 1790s.

The Charter's critics said that manhood suffrage would put property at the
mercy of the poor.** Its friends replied that property had been at the
mercy of the rich for long enough.

The petition of 1842 carried more than three million signatures, and was
rejected by the House of Commons without a division worth the name.

---------------------
*  Place, a tailor, had been active in reform politics since the 1790s.
** Macaulay made this argument in the debate of May 1842.
''', ['Place, a tailor', 'Macaulay made this argument'],
     keep=['more than three million signatures'])

case('daggers', '''On the Keeping of Bees

The hive should face south-east, so that the morning sun warms the bees and
sends them out early to work.* A hedge or wall behind it will break the
north wind in winter.

Feeding in autumn is necessary only in a poor year. A syrup of two parts
sugar to one of water is enough,\u2020 and it should be given in the evening,
when robbing bees from other hives are less likely to find it.

Swarms are best taken in May or June, when there is still time for them to
build comb and store honey before the flowers fail.\u2021

* This advice is found in every manual since Butler's Feminine Monarchy.
\u2020 Some keepers add a pinch of salt; there is no evidence that it helps.
\u2021 Hence the old rhyme about a swarm in May being worth a load of hay.
''', ["This advice is found in every", 'Some keepers add a pinch', 'Hence the old rhyme'],
     keep=['two parts sugar to one of water'])

case('letters_brackets', '''A Note on Medieval Measures

The acre was not a fixed area but the amount of land a team could plough in
a morning.[a] It varied from county to county and even from village to
village, which made the early surveys very hard to compare.

The rod, pole or perch was likewise local. In some parts of the country it
was sixteen and a half feet, in others as much as twenty-four.[b] The
statute of 1305 tried to fix it, without much success.[c]

Notes

[a] The Latin term was jugerum, borrowed from Roman usage.
[b] Woodland perches were generally longer than field perches.
[c] The so-called Composition of Yards and Perches.
''', ['The Latin term was jugerum', 'Woodland perches were', 'The so-called Composition'],
     keep=['sixteen and a half feet', 'statute of 1305'])

case('note_word_refs', '''THE TITHE WAR

Resistance to tithes in the 1830s took the form of a refusal to pay rather
than open violence (Note 1). Cattle seized by the bailiffs were often left
unsold because no one at the auction would bid for them.

The government answered with police and troops, and in several places the
clashes were bloody. The worst came at a small village in Kilkenny, where a
party of police was ambushed and most of them were killed (Note 2).

NOTES

Note 1: Tithes were paid to the established church by Catholics and
Protestants alike.

Note 2: The affair at Carrickshock in December 1831.
''', ['Tithes were paid to the established', 'The affair at Carrickshock'])

case('note_word_defs', '''The Lighthouse Keepers

The keepers on the rock stations served a month on and a fortnight ashore,
in crews of three.[1] The rule was made after a station on the Welsh coast
where one of two keepers died and his companion, afraid of being suspected
of murder, kept the body for weeks.

Their work was mostly routine: trimming wicks, polishing the lens, winding
the clockwork that turned the light, and keeping the log.[2]

NOTE 1. The rota varied between the three lighthouse authorities.

NOTE 2. Several logs from the Eddystone are now in the Plymouth archives.
''', ['The rota varied between', 'Several logs from the Eddystone'])

case('unicode_superscripts', '''The Printing of Ballads

Broadside ballads were printed on one side of a single sheet and sold in the
streets for a penny or a halfpenny.\u00b9 The printers of Seven Dials in London
turned out thousands of them a week.

Their subjects were murders, executions, shipwrecks, and love, in roughly
that order of popularity.\u00b2 A good murder could sell a quarter of a million
copies.\u00b3

NOTES

1. Some were sold by the yard, several ballads to a strip of paper.
2. Executions were often written up before they had happened.
3. The Red Barn murder of 1827 is the usual example.
''', ['Some were sold by the yard', 'Executions were often written', 'The Red Barn murder'])

case('ref_before_punct_spaced', '''The Tramways of Leeds

The first horse tram in Leeds ran from Boar Lane to Headingley [1]. It was
slow and the fares were high, but it was much smoother than the omnibus
over the setts, and ladies especially preferred it [2], even at the extra
cost.

Electric traction came in the last years of the century [3]; by then the
corporation had bought out the private company and was running the whole
system itself.

Notes

[1] The line opened in September 1871.
[2] The Leeds Mercury made much of this in its leaders.
[3] The Roundhay line was among the first electric lines in Europe.
''', ['The line opened in September', 'The Leeds Mercury made', 'The Roundhay line'])

# ---- 2. where the notes are, and how they are headed --------------------------
case('per_chapter_notes_at_chapter_end', '''THE HISTORY OF ASHBY PARVA

CHAPTER I. THE MANOR

The manor of Ashby Parva appears in Domesday as a holding of the Countess
Judith, with land for four ploughs and a mill worth five shillings.[1]

By the thirteenth century it had passed to the Beaumonts, who let it to a
succession of tenants and seldom visited.[2] The old manor house stood to
the east of the church; its moat can still be traced in the field called
Hall Close.[3]

Notes

[1] Domesday Book, Leicestershire, folio 236.
[2] The Beaumont charters are in the county record office.
[3] The moat was partly filled in during the last century.

CHAPTER II. THE CHURCH

The church of St Peter is mostly of the fourteenth century, though the font
is older and may have come from an earlier building on the same site.[1]

The tower was rebuilt after a lightning strike, and the bells were recast
at the same time by a founder from Leicester.[2]

Notes

[1] The font is plain and tub-shaped, of a kind usually called Norman.
[2] The churchwardens' accounts record the cost as forty pounds.
''', ['Domesday Book, Leicestershire', 'The Beaumont charters', 'The moat was partly',
      'The font is plain', "The churchwardens' accounts"])

case('per_chapter_notes_all_at_end', '''CANAL PEOPLE

Chapter 1

The boat families lived in cabins ten feet long, and brought up children
there.[1] Outsiders thought this shocking, and the reformers of the 1870s
wanted the children taken off the boats and sent to school.[2]

Chapter 2

The boatmen themselves saw things differently. A boat was a home, and the
family was its crew.[1] Without the wife and children a boatman could not
work his boat at all, and could not afford to hire a hand.[2] The Canal
Boats Act, when it came, was only loosely enforced.[3]

NOTES

Chapter 1

1. A narrow boat cabin was rarely more than seven feet wide.
2. George Smith of Coalville led the campaign.

Chapter 2

1. Evidence of several boatmen to the inquiry of 1884.
2. A hired hand cost about a pound a week with food.
3. There were only two inspectors for the whole country.
''', ['A narrow boat cabin', 'George Smith of Coalville', 'Evidence of several boatmen',
      'A hired hand cost', 'There were only two inspectors'],
     keep=['reformers of the 1870s'])

case('per_chapter_glued_roman_subheads', '''THE WOOL TRADE OF NORWICH

I. THE WORSTED WEAVERS

The weavers of Norwich made worsteds, light cloths of combed wool, and sold
them across Europe.1 In the best years the city had more looms than any
town in England outside London.2

II. DECLINE

The trade fell away in the early nineteenth century, when Yorkshire mills
began to make the same cloths by power.1 The Norwich masters were slow to
follow, and by mid-century the city's weaving was all but gone.2

NOTES

I.
1. Worstead, the village, gave its name to the cloth.
2. Estimates for the 1770s run to twelve thousand looms.

II.
1. Bradford was the chief beneficiary.
2. A few silk weavers survived rather longer.
''', ['Worstead, the village', 'Estimates for the 1770s', 'Bradford was the chief',
      'A few silk weavers survived'])

case('footnotes_heading', '''THE STORY OF PENNY POST

Before 1840 the cost of a letter depended on the distance it travelled and
the number of sheets it contained, and it was usually paid by the person who
received it.[1] A letter from London to Edinburgh cost more than a day's
wages for a labourer.

Rowland Hill proposed a single rate of one penny for any letter within the
kingdom, prepaid by the sender.[2] The Post Office opposed him; the public
did not.

FOOTNOTES

[1] Franking by Members of Parliament let the rich avoid postage altogether.
[2] Post Office Reform: its Importance and Practicability, 1837.
''', ['Franking by Members', 'Post Office Reform'],
     keep=['Before 1840 the cost'])

case('endnotes_heading_paren_defs', '''Why the Mills Moved South

The cotton industry of New England began to move south in the 1880s, and by
the 1920s the southern mills had more spindles than the northern.1 Cheap
labour was the usual explanation.2

There were others. Southern mill towns were built by the companies, which
owned the houses, the stores and often the churches, and unions found it
almost impossible to get a foothold.3

Endnotes

1) Figures from the Census of Manufactures.
2) Wages in the Carolinas were about two-thirds of those in Massachusetts.
3) The strikes of 1929 at Gastonia and Marion were broken quickly.
''', ['Figures from the Census', 'Wages in the Carolinas', 'The strikes of 1929'])

case('sources_heading_dash_defs', '''Radio Free Brazos: A Short History

Brazos Community Radio went on the air in March 1978 with a transmitter
borrowed from a church and a studio in the back of a feed store.[1] Its
first program was a farm report, read by the owner of the store.

Within a year it had thirty volunteers and a schedule of eighteen hours a
day.[2]

Sources

1 - Interview with Ruth Delgado, one of the founders, 1996.
2 - Station program guide for the spring of 1979.
''', ['Interview with Ruth Delgado', 'Station program guide'],
     keep=['in March 1978'])

case('references_heading_bibliography', '''Packet Loss on Congested Links: A Short Survey

Abstract

We review the literature on packet loss in congested wide area links and
argue that most published measurements undercount bursty loss.

1. Introduction

Early work on congestion control assumed that losses were independent and
rare [1]. Later measurements on the backbone showed that they were neither:
losses came in bursts, and under heavy load a tenth of all packets could be
dropped [2].

2. Measurement

Most studies rely on active probes sent at fixed intervals. As Paxson
points out, such probes see the network only at the moments they sample,
and may miss short bursts altogether [3].

References

[1] V. Jacobson. Congestion avoidance and control. SIGCOMM, 1988.
[2] J. Bolot. End-to-end packet delay and loss behavior in the Internet. SIGCOMM, 1993.
[3] V. Paxson. End-to-end Internet packet dynamics. SIGCOMM, 1997.
''', ['V. Jacobson. Congestion', 'J. Bolot. End-to-end', 'V. Paxson. End-to-end'],
     keep=['Introduction', 'Measurement', 'Most studies rely on active probes'])

case('notes_and_references_heading', '''The Closing of the Pits

When the colliery at Wardley closed, four hundred men lost their jobs in a
single week.[1] Half of them never worked again.

The village did not disappear. The club stayed open, and the brass band,
which had been founded by the miners, kept its name.[2]

NOTES AND REFERENCES

1. Coal Board figures, quoted in the local paper.
2. The band still plays at the Durham Gala each July.
''', ['Coal Board figures', 'The band still plays'])

case('dash_rule_no_heading', '''Keeping Time on the Railways

Before the railways every town kept its own time, set by the sun, so that
noon in Bristol came some ten minutes after noon in London.1 For a traveller
on horseback this did not matter.

For a railway timetable it mattered a great deal. The Great Western adopted
London time in 1840,2 and the other companies followed over the next decade.

------------------------------------------------------------
1. Bristol is about two and a half degrees west of Greenwich.
2. The clocks at its stations were set by a guard carrying a watch.
''', ['Bristol is about two and a half', 'The clocks at its stations'],
     keep=['adopted London time in 1840'])

case('underscore_rule_no_heading', '''THE ALMSHOUSES OF ST CROSS

The Hospital of St Cross near Winchester is the oldest charitable
institution in England still doing the work it was founded for.[1] The
brothers wear black gowns or red, depending on which of the two foundations
they belong to.

Travellers who knock at the porter's lodge may still ask for the wayfarer's
dole, a horn of beer and a piece of bread.[2]

________________

[1] It was founded by Henry of Blois in the 1130s.
[2] The dole is now given in a token amount each day.
''', ['It was founded by Henry of Blois', 'The dole is now given'])

case('notes_after_each_paragraph', '''On the Road to Compostela

The pilgrims gathered at Vezelay, Le Puy, Arles and Paris, and from each
town a road ran south and west to the passes of the Pyrenees.[1]

[1] These are the four roads of the Pilgrims' Guide in the Codex Calixtinus.

Beyond the mountains the roads joined at Puente la Reina and went on as one
across the north of Spain.[2] The towns along it grew rich on the trade,
and many of their churches were built with pilgrims' offerings.

[2] The bridge that gives the town its name was built for the pilgrims.

Santiago itself was reached after some five or six hundred miles of
walking. The pilgrims washed at a stream outside the city before entering
the cathedral.[3]

[3] The stream is still called Lavacolla.
''', ["These are the four roads", 'The bridge that gives the town', 'The stream is still called'])

case('notes_indented', '''    THE SPANISH FLU IN CAPE TOWN

    The second wave of the influenza reached Cape Town in late September
    1918, brought by troopships returning from Sierra Leone.[1] Within a
    month a quarter of the city was ill.

    The poorer districts suffered worst. In District Six the dead were
    collected from the houses on carts, and the cemeteries ran out of
    room.[2]

                                 NOTES

        [1] The Jaroslav and the Veronej, both carrying Labour Corps men.
        [2] A special burial ground was opened at Maitland.
''', ['The Jaroslav and the Veronej', 'A special burial ground'])

case('number_alone_on_line', '''The Long Strike at the Quarries

The slate quarrymen of Bethesda came out in November 1900 and stayed out
for three years.[1] It was the longest dispute in British industrial
history.

Lord Penrhyn refused to recognise the union, and said he would rather close
the quarry than treat with it.[2]

NOTES

1
Many of the men went to work in the South Wales coalfield meanwhile.

2
He told a deputation so in person, in the spring of 1901.
''', ['Many of the men went', 'He told a deputation'])

case('notes_multiline_hanging', '''THE FENLAND DRAINAGE

The Bedford Level was drained in the middle of the seventeenth century by a
company of adventurers, who were paid in land for the work.[1] The fen
people, who lived by fishing and fowling, resisted from the start.[2]

NOTES

1.  The Dutch engineer Cornelius Vermuyden directed the work, and most of
    the labour was done by Scottish and Dutch prisoners of war, who were
    housed in camps along the new cuts.
2.  The rioters broke the sluices and filled in the ditches; the
    commissioners' accounts record repairs after almost every winter of
    the 1650s.
''', ['The Dutch engineer Cornelius', 'The rioters broke the sluices'],
     contains={1: 'housed in camps along the new cuts', 2: 'after almost every winter'})

case('note_with_two_paragraphs', '''The Foundling Hospital

Thomas Coram, a retired sea captain, spent seventeen years raising support
for a hospital for abandoned children.[1] It opened in 1741 in a house in
Hatton Garden.[2] Handel gave concerts in its chapel, and Hogarth gave it
paintings.[3]

Notes

[1] He was shocked by the sight of infants left to die on the roadside.
[2] The first children were admitted by ballot.

Mothers drew coloured balls from a bag: a white ball meant the child was
taken in, a black one that it was turned away.

[3] Hogarth's portrait of Coram still hangs in the museum.
''', ['He was shocked by the sight', 'The first children were admitted', "Hogarth's portrait of Coram"],
     contains={2: 'Mothers drew coloured balls'})

case('defs_parens', '''Peat and the Bog Roads

The oldest trackways across the Somerset Levels were laid some six thousand
years ago, of planks pegged to the surface of the peat.1 They were found by
peat cutters, who noticed the timber in the faces of their diggings.2

NOTES

(1) The Sweet Track, dated by its tree rings.
(2) Ray Sweet found the first of them in 1970.
''', ['The Sweet Track, dated', 'Ray Sweet found'])


# ---- 3. footnotes typed page by page -----------------------------------------
case('page_footnotes_restart_per_page', '''THE HISTORY OF COTTON SPINNING

The spinning jenny multiplied the output of a single spinner eightfold, but
it made a thread too soft for the warp.[1] Warps were still spun on the
wheel, or imported from India, until Arkwright's water frame produced a
hard twist.

------
[1] Hargreaves is said to have named it after his daughter.

                                - 12 -

The water frame needed power, and so it needed a river. Arkwright built his
first mill at Cromford on the Derwent in 1771,[1] and within twenty years
there were mills on every fast stream in Lancashire and Derbyshire.[2]

------
[1] The mill still stands, and is open to visitors.
[2] More than two hundred by 1788, on one contemporary count.

                                - 13 -
''', ['Hargreaves is said', 'The mill still stands', 'More than two hundred by 1788'],
     keep=['eightfold', 'Cromford on the Derwent in 1771'])

case('page_footnotes_continuous_numbers', '''ON THE POOR LAW

The new Poor Law of 1834 was meant to make relief so unpleasant that only
the truly destitute would ask for it.1 Outdoor relief for the able-bodied was
to end, and the workhouse was to be the only help offered.

   1 The principle of less eligibility, in the words of the Report.

                                   - 4 -

In the northern towns this was never carried out. Trade depressions threw
thousands out of work at once, and no workhouse could have held them.2

   2 In Bolton in 1842 nearly a third of the town was on relief.

                                   - 5 -
''', ['The principle of less eligibility', 'In Bolton in 1842'],
     keep=['new Poor Law of 1834'])

case('form_feed_pages_asterisk_per_page', '''THE SALT TAX

The gabelle was the most hated of all the taxes of the old monarchy. Every
household was obliged to buy a fixed quantity of salt each year from the
royal stores, whether it needed it or not.*

    * This was the sel du devoir, the duty salt.
\f
THE SALT TAX                                                        17

The rate varied enormously from province to province. In the pays de grande
gabelle salt cost twenty times what it cost in Brittany, which was exempt,
and smuggling across the border was a way of life.*

    * The smugglers were called faux-sauniers.
\f
''', ['This was the sel du devoir', 'The smugglers were called'],
     keep=['twenty times what it cost'])

case('form_feed_pages_numbered_footnotes', '''                         MEMOIR OF A COUNTRY DOCTOR

I came to the practice in the autumn of 1889, when old Dr. Pryce retired
after forty years.1 He left me his horse, his instruments, and a ledger of
debts that no one had paid in a decade.

----------
1 He lived on in the village until his death in 1897.
\f
                                                                   2

The patients were scattered over some thirty square miles of hill country,
and most of my time was spent on the road.2 In winter some farms could only
be reached on foot.3

----------
2 I kept a record of my mileage for the first year: 4,318 miles.
3 The farm at Cwm Du was cut off for six weeks in 1895.
''', ['He lived on in the village', 'I kept a record of my mileage', 'The farm at Cwm Du'],
     keep=['the autumn of 1889'])

# ---- 4. Project Gutenberg plain-text footnotes --------------------------------
case('pg_text_footnote_blocks', '''The Project Gutenberg EBook of Rambles in Old Kent, by A. N. Walker

CHAPTER III

ROCHESTER

The castle keep is the tallest in England, and from its top the whole
course of the Medway can be seen as far as Sheerness.[1] The cathedral lies
a stone's throw to the south.

[Footnote 1: It was built by William of Corbeil, Archbishop of Canterbury,
about the year 1127.]

Dickens knew the town well, and set scenes of several books here; the
Bull Inn appears in Pickwick.[2]

[Footnote 2: He called it the Blue Boar in Great Expectations.]
''', ['It was built by William of Corbeil', 'He called it the Blue Boar'],
     contains={1: 'about the year 1127'})

case('pg_text_letter_footnotes', '''CHAPTER VII

OF THE HERRING FISHERY

The herring come down the east coast in vast shoals in the late summer and
autumn, and the boats follow them from Shetland to Yarmouth.[A] At the
height of the season the harbour at Yarmouth is so crowded that a man might
walk across it on the decks.[B]

The fish are salted and packed in barrels on the quay by gangs of women, who
travel with the fleet.[C]

[Footnote A: The Dutch had fished these waters for centuries before the
English took much interest in them.]

[Footnote B: This is said of several harbours, and is probably true of
most.]

[Footnote C: They came mostly from the north of Scotland.]
''', ['The Dutch had fished', 'This is said of several', 'They came mostly'])

# ---- 5. how references are cited ---------------------------------------------
case('same_note_cited_twice', '''On the Copyhold Tenures

Copyhold land was held by copy of the court roll of the manor, and passed by
surrender and admittance in the lord's court.[1] It was the commonest form of
tenure among small farmers for centuries.

Heriots and fines were due at each change of tenant.[2] In some manors the
fine was fixed by custom; in others the lord could set it as he pleased,
which was a frequent cause of dispute.

The last copyholds were turned into freeholds by statute in 1926, and the
manor courts that had recorded them ceased to meet.[1]

Notes

[1] Copyhold was abolished by the Law of Property Act.
[2] A heriot was usually the tenant's best beast.
''', ['Copyhold was abolished', 'A heriot was usually', 'Copyhold was abolished'],
     keep=['by statute in 1926'])

case('ref_inside_quotation', '''The Speech at Newport

The crowd that gathered outside the Westgate Hotel had been promised, in
the words of one of its leaders, "a day that the tyrants will remember."[1]
What they got was a volley from soldiers hidden behind the shutters.

Frost himself later wrote that he had "never intended any bloodshed[2]," but
the court did not believe him, and he was sentenced to death, the sentence
later commuted to transportation.

Notes

[1] Evidence of a special constable at the trial.
[2] From his account written after his return from Tasmania.
''', ['Evidence of a special constable', 'From his account written'])

case('ranges_in_brackets', '''Caching in Distributed File Systems

Client caching was the single most important factor in the scalability of
the early distributed file systems [1]. AFS cached whole files on local
disk [2], while NFS cached blocks in memory and revalidated them on a
timer.

Several later systems tried to combine the two approaches [3-5], with mixed
results. The consistency problems that AFS solved with callbacks reappeared
in each of them.

References

[1] M. Satyanarayanan. Scalable, secure and highly available file access.
[2] J. Howard et al. Scale and performance in a distributed file system.
[3] M. Nelson et al. Caching in the Sprite network file system.
[4] B. Walker et al. The LOCUS distributed operating system.
[5] J. Kistler. Disconnected operation in the Coda file system.
''', by_label={'1': 'M. Satyanarayanan', '2': 'J. Howard', '3': 'M. Nelson', '4': 'B. Walker', '5': 'J. Kistler'},
     reach=['M. Satyanarayanan', 'J. Howard', 'M. Nelson', 'J. Kistler'], count=(3, 5))

case('lists_in_brackets', '''Why Projects Fail

Studies of failed software projects agree on few things, but almost all of
them put unclear requirements near the top of the list [2,3]. Staff
turnover comes next [1, 4], and then unrealistic schedules imposed from
above [3].

References

[1] T. DeMarco and T. Lister. Peopleware. 1987.
[2] F. Brooks. The Mythical Man-Month. 1975.
[3] R. Glass. Software Runaways. 1998.
[4] C. Jones. Assessment and Control of Software Risks. 1994.
''', by_label={'1': 'T. DeMarco', '2': 'F. Brooks', '3': 'R. Glass', '4': 'C. Jones'},
     reach=['T. DeMarco', 'F. Brooks', 'R. Glass', 'C. Jones'], count=(3, 5))

case('two_digit_notes', '''THE ENCLOSURE OF OTMOOR

Otmoor was a common of some four thousand acres, flooded every winter, on
which the seven surrounding villages pastured geese and cattle.[1] The
enclosure award of 1829 gave most of it to the lord of the manor and a few
large landowners.[2]

The commoners answered by pulling down the new fences.[3] In September 1830
a crowd of more than a thousand walked the old boundary of the moor,
destroying every fence they came to.[4] The yeomanry arrested forty-four of
them,[5] but on the way to Oxford the prisoners were rescued by a crowd at
St Giles's Fair.[6]

The disturbances went on for years.[7] Fences were cut at night,[8] the
drainage works were damaged,[9] and no local man would serve as a special
constable.[10] Troops were stationed on the moor until 1835.[11] Even then
the moor was not fully quiet until the following decade.[12]

NOTES

[1] The villages were known as the seven towns of Otmoor.
[2] The Duke of Marlborough and Alexander Croke among them.
[3] Beginning in the summer of 1830.
[4] The Oxford papers gave the number as above a thousand.
[5] Taken in the act, according to the magistrates.
[6] The fair filled the street, and the yeomanry could not get through.
[7] Quarter sessions records for 1831 to 1834.
[8] Usually with billhooks, which every labourer owned.
[9] The new river cut was dammed at least twice.
[10] The magistrates complained of this to the Home Office.
[11] A detachment of the Coldstream Guards at first.
[12] See B. Reaney, The Class Struggle in Nineteenth Century Oxfordshire.
''', ['The villages were known', 'The Duke of Marlborough', 'Beginning in the summer', 'The Oxford papers gave',
      'Taken in the act', 'The fair filled the street', 'Quarter sessions records', 'Usually with billhooks',
      'The new river cut', 'The magistrates complained', 'A detachment of the Coldstream', 'See B. Reaney'],
     keep=['enclosure award of 1829', 'In September 1830'])

case('glued_two_digit', '''The Making of a Dictionary

The first fascicle of the Oxford dictionary appeared in 1884,1 more than
twenty years after the Philological Society had resolved to make it.2 James
Murray, a schoolmaster from Mill Hill, was its editor.3

He worked in a shed in his garden, the Scriptorium,4 lined with pigeonholes
for the slips sent in by readers.5 Some readers sent thousands.6 One of the
most prolific was an American surgeon,7 confined to an asylum at Broadmoor.8

The work went far slower than anyone had expected.9 Murray died in 1915,10
having reached the letter T. The last part appeared in 1928.11

NOTES

1. A to Ant, the first of many parts.
2. The resolution of January 1858.
3. He had left school at fourteen.
4. A corrugated iron building, later moved to Oxford.
5. There were more than a thousand pigeonholes.
6. Readers were asked to send one quotation to a slip.
7. Dr. W. C. Minor, who had served in the Civil War.
8. He had killed a man in Lambeth in 1872.
9. The original plan allowed ten years.
10. He was succeeded by Henry Bradley and W. A. Craigie.
11. The supplement followed five years later.
''', ['A to Ant', 'The resolution of January', 'He had left school', 'A corrugated iron building',
      'There were more than a thousand', 'Readers were asked', 'Dr. W. C. Minor', 'He had killed a man',
      'The original plan allowed', 'He was succeeded', 'The supplement followed'])

case('unmatched_reference_left_alone', '''The Ice Trade

Ice cut from the ponds of New England was shipped as far as Calcutta in the
1830s, packed in sawdust in the holds of sailing ships.[1] Frederic Tudor,
who began the trade, was mocked for it at first.[2]

By mid-century ice was a necessity in American cities, delivered daily to
every house that could afford an icebox.[4]

Notes

[1] The first cargo reached Calcutta in 1833.
[2] His first shipment, to Martinique, melted before it could be sold.
''', ['The first cargo reached', 'His first shipment'],
     keep=['[4]'])

# ---- 6. numbers that are not note references ---------------------------------
case('bibliography_vs_body_list', '''Making Paper by Hand: Notes for the Workshop

Handmade paper is made today much as it was in the fifteenth century, and
the basic steps have hardly changed since the first European mills [1].

The method we use in the workshop is as follows:

1. Soak the cotton linters overnight in clean water.
2. Beat the pulp in the blender for about a minute.
3. Pour the pulp into the vat and stir it well.
4. Dip the mould and deckle, lift, and let the water drain.

Couching the sheet onto felt is the hardest step to learn, and most
beginners tear their first dozen sheets [2].

References

[1] D. Hunter. Papermaking: The History and Technique of an Ancient Craft.
[2] See the chapter on couching in Hunter, pp. 180-190.
''', ['D. Hunter. Papermaking', 'See the chapter on couching'],
     keep=['Soak the cotton linters overnight', 'Beat the pulp in the blender', 'Pour the pulp into the vat',
           'Dip the mould and deckle'])

case('numbered_list_no_notes', '''HOW TO SET UP YOUR MODEM

Read these steps before you call the help line. Most problems are solved by
one of them.

1. Check that the phone cable is plugged into the LINE socket, not PHONE.
2. Make sure the modem is switched on; the MR light should be lit.
3. In your terminal program, set the port to COM2 and the speed to 2400.
4. Type AT and press Enter. The modem should answer OK.

If you see nothing at step 4, try COM1 instead. If that fails too, your
serial card may be set to the wrong interrupt; see page 12 of the manual.

Call us at 555-0143 between 9 and 5, Monday to Friday.
''', [],
     keep=['Check that the phone cable', 'set the port to COM2 and the speed to 2400', 'nothing at step 4',
           'see page 12 of the manual', '555-0143 between 9 and 5'])

case('numbers_not_refs', '''Household Accounts of a Country Parson

The parson's stipend in 1788 was 42 pounds a year, with the glebe and the
tithe of hay. He kept his accounts in a small book, recording every
purchase to the farthing.[1]

A pair of shoes cost 6s. 6d., and a Bible for the Sunday school 2s. The
price of bread rose from 7d. to 1s. the quartern loaf between 1790 and
1800, and the ratio of his income to his outgoings fell from 3:1 to nearly
even.

His sermons show the strain. On one occasion he preached on John 3:16 and
on another on Psalm 23, verse 4, and the notes for both dwell on patience
in hardship.[2] Page 12 of the account book, shown in Figure 3, records a
loan from his brother of 10 pounds, never repaid.

Notes

[1] The book is now in the diocesan record office.
[2] The sermon notes are bound with the accounts.
''', ['The book is now in the diocesan', 'The sermon notes are bound'],
     keep=['stipend in 1788 was 42 pounds', 'shoes cost 6s. 6d.', 'from 7d. to 1s.', 'between 1790 and 1800',
           'from 3:1 to nearly even', 'John 3:16', 'Psalm 23, verse 4', 'Page 12 of the account book',
           'shown in Figure 3', 'of 10 pounds'])

case('glued_refs_with_decimals_and_formulas', '''Acid Rain in the Black Forest

In the early 1980s foresters in southern Germany were reporting that a
third of their fir trees showed damage.1 The cause was traced to sulphur
dioxide, SO2, and nitrogen oxides from power stations and cars.2

The chemistry is simple enough. SO2 dissolves in cloud water and is
oxidised to sulphuric acid, H2SO4, which falls with the rain. Rain in the
region had a pH of about 4.2, against 5.6 for clean rain in equilibrium
with CO2.3

Emissions fell by 3.5 per cent a year after the Large Combustion Plant
Ordinance of 1983,4 and the forests had largely recovered by the 1990s.

NOTES

1. The Waldschadensbericht of 1983.
2. Ozone was also suspected, and may have played a part.
3. Measured at the Schauinsland station.
4. The Grossfeuerungsanlagenverordnung, in full.
''', ['The Waldschadensbericht', 'Ozone was also suspected', 'Measured at the Schauinsland', 'The Grossfeuerungsanlagenverordnung'],
     keep=['sulphur dioxide, SO2', 'SO2 dissolves', 'H2SO4', 'pH of about 4.2', 'against 5.6 for clean rain',
           'by 3.5 per cent a year'])

case('verse_numbers_no_notes', '''THE BOOK OF RUTH

Chapter 1

1 Now it came to pass in the days when the judges ruled, that there was a
famine in the land. And a certain man of Bethlehemjudah went to sojourn in
the country of Moab, he, and his wife, and his two sons.

2 And the name of the man was Elimelech, and the name of his wife Naomi,
and the name of his two sons Mahlon and Chilion, Ephrathites of
Bethlehemjudah.

3 And Elimelech Naomi's husband died; and she was left, and her two sons.
''', [],
     keep=['And the name of the man was Elimelech', "Naomi's husband died"])

case('inline_verse_numbers_with_notes', '''A Reading from the Psalms, with Comments

The translation below follows the old Prayer Book version, which many
congregations still prefer for its rhythm.[1]

Psalm 121. 1 I will lift up mine eyes unto the hills: from whence cometh
my help? 2 My help cometh even from the Lord: who hath made heaven and
earth. 3 He will not suffer thy foot to be moved: and he that keepeth thee
will not sleep.

The hills here are not a comfort in themselves; the psalmist asks where
help comes from and answers that it comes from the maker of the hills.[2]

Notes

[1] Coverdale's translation, as printed in the Book of Common Prayer.
[2] Several commentators read the hills as the sites of pagan shrines.
''', ["Coverdale's translation", 'Several commentators read'],
     keep=['1 I will lift up mine eyes', '2 My help cometh', '3 He will not suffer'])

case('section_numbers', '''A Proposal for a Village Water Supply

1. The Present Position

At present the village draws its water from four wells, two of which were
found to be contaminated in the survey of last summer.[1] Section 3 below
sets out the cost of a piped supply.

2. The Source

The spring at Holme Head yields about 12,000 gallons a day in a dry
season, which is three times the present need.[2]

3. Cost

A main of 2.5 miles, a reservoir and a pump would cost about 1,800 pounds,
as set out in Table 2 of the engineer's report, section 4.1.

Notes

[1] The county analyst's report is attached.
[2] Gaugings made in August and September.
''', ["The county analyst's report", 'Gaugings made in August'],
     keep=['Section 3 below', '12,000 gallons a day', 'A main of 2.5 miles', '1,800 pounds',
           'Table 2 of the engineer', 'section 4.1'])

case('speech_bracketed_asides', '''Speech to the Miners' Gala

Friends, I have been coming to this field for thirty years [Applause], and
I have never seen it fuller than today. They told us the coalfield was
finished. [Laughter] They told us that in 1926, and they told us again in
1984.[1]

The Board says the pits are uneconomic [sic]. I say that the country cannot
afford to throw away the skills of a hundred thousand men. [Cheers]

Notes

[1] The speaker refers to the General Strike and the miners' strike.
''', ['The speaker refers to the General Strike'],
     keep=['[Applause]', '[Laughter]', '[sic]', '[Cheers]', 'in 1926'])

case('author_year_citations', '''Seed Dispersal by Ants

Many woodland plants bear seeds with a fatty appendage, the elaiosome,
which ants carry back to their nests (Beattie 1985). The ants eat the
appendage and discard the seed, often in a rich midden where it
germinates well.[1]

The relationship has evolved independently more than a hundred times
(Lengyel et al. 2010), which suggests that it is easy to acquire and
valuable to keep.[2]

Notes

[1] Not all seeds survive; some are eaten by rodents raiding the middens.
[2] It is commonest in the floras of Australia and South Africa.
''', ['Not all seeds survive', 'It is commonest in the floras'],
     keep=['(Beattie 1985)', '(Lengyel et al. 2010)'])

case('emphasis_asterisks_and_footnote', '''The Last Tram to Bury

I was *nearly* late for it, which would have meant a walk of seven miles in
the rain. The conductor held the bell for me, as they did in those days for
anyone they knew by sight.*

* The trams stopped running on that route in 1949.

* * *

Years later I met him again, selling papers outside the station. He
remembered me, or said he did, and would not take my money.
''', ['The trams stopped running'],
     keep=['nearly late for it'])

case('parenthesised_enumeration_no_notes', '''A Letter to the Parish Council

Dear Sirs,

We write on behalf of the residents of Mill Lane to ask the council to do
three things: (1) repair the footpath between the lane and the school, (2)
put up a street lamp at the corner by the chapel, and (3) ask the county to
lower the speed limit past the school gate.

Items (1) and (2) were promised in the minutes of your meeting of 14 March
1991, but nothing has been done.

Yours faithfully,
J. Marsh and eleven others
''', [],
     keep=['(1) repair the footpath', '(2) put up a street lamp', '(3) ask the county', 'Items (1) and (2)'])

# ---- 7. Usenet and BBS ---------------------------------------------------------
case('usenet_post_notes_after_signature', '''From: dkeller@hawk.cs.example.edu (Dave Keller)
Newsgroups: soc.history
Subject: Re: Why did the Hanseatic League decline?
Date: 14 Mar 1994 18:22:07 GMT
Organization: University Computing Services
Lines: 31

In article <2m0ak3$abc@news.example.com> rjs@example.com writes:
>Was it just the Dutch, or was something else going on?

The Dutch were a big part of it, but the League was in trouble well before
they became a serious rival. The herring shoals moved out of the Baltic in
the fifteenth century, which hurt Lubeck badly [1], and the rise of strong
territorial princes meant the towns could no longer play one lord off
against another.

The closing of the Novgorod Kontor by Ivan III in 1494 was another blow
[2]. After that the League was more a name than an organization.

--
Dave Keller                      dkeller@hawk.cs.example.edu
"History is a set of lies agreed upon." -- attributed to Napoleon

[1] Dollinger, The German Hansa, is still the standard account.
[2] The merchants were arrested and their goods seized.
''', ['Dollinger, The German Hansa', 'The merchants were arrested'],
     keep=['by Ivan III in 1494'])

case('usenet_quoted_reference_without_note', '''From: mhale@example.org (Margaret Hale)
Newsgroups: rec.arts.books
Subject: Re: Trollope's working habits
Date: Tue, 8 Nov 1994 09:14:51 -0500

rgibbs@example.net (Robert Gibbs) wrote:
> Trollope wrote 250 words every quarter of an hour, by his watch, before
> going to his work at the Post Office [3].

He did, and he was proud of it, which is what got him into trouble with
the critics after the Autobiography came out.[1] They thought it showed a
tradesman's attitude to art.

--
Margaret Hale

[1] It was published in 1883, the year after his death.
''', ['It was published in 1883'],
     keep=['[3]', 'every quarter of an hour'])

case('bbs_menu_no_notes', '''
          ==============================================
           T H E   D A R K   S I D E   O F   T H E   M O O N
                     BBS   -   300/1200/2400 baud
          ==============================================

  Welcome, caller! This board has been up since 1989. Please be polite in
  the message areas and do not upload copyrighted software.

  MAIN MENU

  [1] Message Base        [2] File Area
  [3] Online Games        [4] Bulletins
  [G] Goodbye             [?] Help

  New users get 30 minutes a day and 200K of downloads. Upload ratio is
  1:5. Validation usually takes a day or two.
''', [],
     keep=['[1] Message Base', '[2] File Area', '[3] Online Games', '[4] Bulletins', 'ratio is 1:5'])

case('bbs_textfile_with_footnotes', '''=================================================================
            A BRIEF HISTORY OF THE FIDONET NODELIST
                    by The Wanderer, 1993
=================================================================

FidoNet started in 1984, when Tom Jennings wrote a BBS program called Fido
and wanted two systems to exchange mail overnight.[1] By 1986 there were
about a thousand nodes, and the list of them had become a weekly file that
every sysop downloaded.

The nodelist is just a text file. Each line gives a node's number, name,
city, sysop, phone number and modem speed.[2] Zone, net and node numbers are
written like 1:104/56, which is why people call them addresses.

-----------------------------------------------------------------
FOOTNOTES:
[1] Fido #1 was in San Francisco, Fido #2 in Baltimore.
[2] Flags at the end of the line say what protocols the node supports.
-----------------------------------------------------------------
''', ['Fido #1 was in San Francisco', 'Flags at the end of the line'],
     keep=['like 1:104/56', 'started in 1984', 'By 1986 there were'])

# ---- 8. HTML pages -------------------------------------------------------------
def page(title, body):
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n<head>\n<title>%s</title>\n'
            '</head>\n<body bgcolor="#FFFFFF">\n%s\n</body>\n</html>\n' % (title, body))


case('html_bare_sup_notes_after_hr', page('The Cotton Famine', '''<h1>The Cotton Famine in Lancashire</h1>
<p>When the American Civil War cut off the supply of raw cotton, the mills of
Lancashire went on short time and then closed.<sup>1</sup> By the winter of 1862
half the operatives in Preston were out of work.</p>
<p>Relief committees were set up in every town, and money came in from all
over the country and the Empire.<sup>2</sup> The operatives were set to work on
roads and parks in return for their relief.<sup>3</sup></p>
<hr>
<p><sup>1</sup> Some mills kept going on Indian cotton, which was harder to spin.</p>
<p><sup>2</sup> The Mansion House fund in London raised over half a million pounds.</p>
<p><sup>3</sup> Several of the parks laid out then are still in use.</p>'''),
     ['Some mills kept going', 'The Mansion House fund', 'Several of the parks'], ext='html',
     keep=['By the winter of 1862'])

case('html_anchor_name_notes', page('The Paris Commune', '''<h2>The Paris Commune</h2>
<p>The Commune was proclaimed on 28 March 1871, after the government of
Thiers had withdrawn to Versailles.<a href="#fn1">[1]</a> Its council met at the
Hotel de Ville and passed decrees on rents, pawnshops and night work in the
bakeries.<a href="#fn2">[2]</a></p>
<p>It lasted seventy-two days. In the last week of May the army of
Versailles took the city street by street.<a href="#fn3">[3]</a></p>
<h3>Notes</h3>
<p><a name="fn1">[1]</a> The attempt to seize the cannon of Montmartre on 18 March began it.</p>
<p><a name="fn2">[2]</a> The decree abolishing night work was unpopular with the masters.</p>
<p><a name="fn3">[3]</a> The semaine sanglante, the bloody week.</p>'''),
     ['The attempt to seize the cannon', 'The decree abolishing night work', 'The semaine sanglante'], ext='html',
     keep=['on 28 March 1871', 'seventy-two days'])

case('html_small_notes_at_bottom', page('My Grandfather and the Railroad', '''<center><h2>My Grandfather and the Railroad</h2></center>
<p>My grandfather went to work for the Santa Fe in 1923 as a section hand,
tamping ballast on the line west of Amarillo.<sup>1</sup> He was sixteen and lied
about his age.</p>
<p>By the time he retired he was a roadmaster, with three hundred miles of
track and forty men under him.<sup>2</sup></p>
<p><img src="grandpa.gif" alt="Grandpa, 1948"></p>
<hr width="40%" align="left">
<p><small>1. The section gangs were mostly Mexican and Mexican-American men.</small></p>
<p><small>2. He kept the track records in a tin box, which we still have.</small></p>
<p><a href="index.html">Back to the home page</a></p>'''),
     ['The section gangs were mostly', 'He kept the track records'], ext='html',
     keep=['for the Santa Fe in 1923'])

case('html_marxists_anote', page('Karl Kautsky: The Agrarian Question (excerpt)', '''<p class="title">Karl Kautsky</p>
<h1>The Agrarian Question</h1>
<h3>Chapter II. The Peasant and Industry</h3>
<p class="fst">The medieval peasant family was a self-sufficient unit. It produced
not only its own food but its clothing, its tools and its house.<sup class="anote"><a href="#n1" name="f1">[1]</a></sup>
The market took only its surplus.</p>
<p>Urban industry destroyed this independence. Once the peasant bought his
cloth and his tools in the town, he needed money, and to get money he had to
sell his produce.<sup class="anote"><a href="#n2" name="f2">[2]</a></sup></p>
<hr class="end">
<h3>Notes</h3>
<p class="endnote"><a href="#f1" name="n1">1.</a> Compare the account of the Russian peasant household in Part One.</p>
<p class="endnote"><a href="#f2" name="n2">2.</a> This is the process Marx called the separation of industry from agriculture.</p>
<hr class="end">
<p class="footer">Last updated on 12.4.2003</p>'''),
     ['Compare the account of the Russian', 'This is the process Marx called'], ext='html')

case('html_pg_footnotes', '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>The Project Gutenberg eBook of Old Inns of Suffolk</title>
<style type="text/css">
.footnote {margin-left: 10%; font-size: 0.9em;}
.fnanchor {vertical-align: super; font-size: .8em;}
</style></head>
<body>
<h2><a name="CHAPTER_IV" id="CHAPTER_IV"></a>CHAPTER IV.<br />THE INNS OF IPSWICH.</h2>
<p>The Great White Horse is the best known of the Ipswich inns, chiefly
because Mr. Pickwick lost his way in its passages and blundered into the
bedroom of a middle-aged lady in yellow curl-papers.<a name="FNanchor_1_1" id="FNanchor_1_1"></a><a href="#Footnote_1_1" class="fnanchor">[1]</a></p>
<p>The house is older than its front, which was put on in the last century
over a timber frame of Tudor date.<a name="FNanchor_2_2" id="FNanchor_2_2"></a><a href="#Footnote_2_2" class="fnanchor">[2]</a>
The yard behind it was once full of coaches.</p>
<div class="footnotes"><h3>FOOTNOTES:</h3>
<div class="footnote"><p><a name="Footnote_1_1" id="Footnote_1_1"></a><a href="#FNanchor_1_1"><span class="label">[1]</span></a> Pickwick Papers, chapter xxii.</p></div>
<div class="footnote"><p><a name="Footnote_2_2" id="Footnote_2_2"></a><a href="#FNanchor_2_2"><span class="label">[2]</span></a> The brick front was added about 1815.</p></div>
</div>
</body>
</html>
''', ['Pickwick Papers, chapter xxii', 'The brick front was added'], ext='html')

case('html_pg_letter_footnotes_after_paragraph', '''<html><head><title>The Project Gutenberg eBook of A Book of the Cevennes</title></head>
<body>
<h2>CHAPTER IX</h2>
<h3>THE CAMISARDS</h3>
<p>The war of the Camisards broke out in 1702, when a band of Protestant
peasants killed the Abbe du Chayla at Pont-de-Montvert.<a name="FNanchor_A_1" id="FNanchor_A_1"></a><a href="#Footnote_A_1" class="fnanchor">[A]</a>
For two years they held the mountains against the King's armies.</p>
<div class="footnote"><p><a name="Footnote_A_1" id="Footnote_A_1"></a><a href="#FNanchor_A_1"><span class="label">[A]</span></a> He had kept prisoners in the stocks in his own house.</p></div>
<p>Their leaders were young men of no rank: Jean Cavalier, a baker's boy, was
barely twenty when he beat a royal army at Nages.<a name="FNanchor_B_2" id="FNanchor_B_2"></a><a href="#Footnote_B_2" class="fnanchor">[B]</a></p>
<div class="footnote"><p><a name="Footnote_B_2" id="Footnote_B_2"></a><a href="#FNanchor_B_2"><span class="label">[B]</span></a> He later became a British general and governor of Jersey.</p></div>
<p>The rising ended in surrender and exile rather than defeat in the field.</p>
</body></html>
''', ['He had kept prisoners', 'He later became a British'], ext='html',
     keep=['broke out in 1702'])

case('html_word_ftn', '''<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 9">
<title>The Housing Question in Glasgow</title></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=Section1>
<p class=MsoTitle>The Housing Question in Glasgow</p>
<p class=MsoNormal>In 1911 two-thirds of the people of Glasgow lived in houses of
one or two rooms.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a>
The rent strike of 1915 forced the government to freeze rents for the duration
of the war.<a style='mso-footnote-id:ftn2' href="#_ftn2" name="_ftnref2" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[2]<![endif]></span></span></a></p>
<p class=MsoNormal>The women of Govan and Partridge led it, and the sheriff officers
who came to evict tenants were pelted with flour.</p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>
<hr align=left size=1 width="33%">
<![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a> Census of Scotland, 1911, Housing tables.</p>
</div>
<div style='mso-element:footnote' id=ftn2>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn2' href="#_ftnref2" name="_ftn2" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[2]<![endif]></span></span></a> The Rent and Mortgage Interest Restriction Act.</p>
</div>
</div>
</body></html>
''', ['Census of Scotland', 'The Rent and Mortgage Interest'], ext='html',
     keep=['In 1911 two-thirds'])

case('html_ol_notes_li_ids', page('Notes on the Bauhaus', '''<h1>The Bauhaus at Dessau</h1>
<p>The school moved to Dessau in 1925 after the new conservative government of
Thuringia cut its funding.<sup><a href="#fn1" id="r1">1</a></sup> Gropius designed the
new building himself.<sup><a href="#fn2" id="r2">2</a></sup></p>
<p>The workshops were meant to produce designs for industry, and some of them,
the lamps especially, sold well.<sup><a href="#fn3" id="r3">3</a></sup></p>
<h2>Notes</h2>
<ol>
<li id="fn1">Weimar had been the school's home since 1919. <a href="#r1">&#8617;</a></li>
<li id="fn2">It was finished in December 1926. <a href="#r2">&#8617;</a></li>
<li id="fn3">The Kandem bedside lamp was made in large numbers. <a href="#r3">&#8617;</a></li>
</ol>'''),
     ["Weimar had been the school's", 'It was finished in December', 'The Kandem bedside lamp'], ext='html',
     keep=['to Dessau in 1925'])

case('html_sup_not_notes', page('Building a Cob Wall', '''<h2>Building a Cob Wall</h2>
<p>This is my 1<sup>st</sup> attempt at cob, so take what follows with a pinch of
salt. The wall encloses an area of about 40 m<sup>2</sup>, and used some 12 m<sup>3</sup>
of earth, straw and water.<sup>1</sup></p>
<p>If the wall is L metres long and H metres high, and 0.6 m thick, the volume
is 0.6 &times; L &times; H, so doubling the height doubles the earth you need,
not the 2<sup>nd</sup> power of it.<sup>2</sup></p>
<hr>
<p><sup>1</sup> Mostly subsoil from the pond we dug the year before.</p>
<p><sup>2</sup> A friend insisted otherwise until we measured it.</p>'''),
     ['Mostly subsoil from the pond', 'A friend insisted otherwise'], ext='html',
     keep=['my 1st attempt', 'about 40 m2', 'some 12 m3', 'the 2nd power'])

case('html_numbered_list_no_notes', page('Club Rules', '''<h2>Rules of the Riverside Chess Club</h2>
<p>Adopted at the annual meeting, 1996.</p>
<ol>
<li>Subscriptions are due on 1 September.</li>
<li>Members may bring a guest up to 3 times a season.</li>
<li>Clocks must be set to 90 minutes for league games.</li>
</ol>
<p>Rule 2 does not apply to junior members, who may bring a parent at any time.
See also section 4 of the league handbook.</p>'''), [], ext='html',
     keep=['Subscriptions are due on 1 September', 'up to 3 times a season', 'set to 90 minutes',
           'Rule 2 does not apply', 'section 4 of the league handbook'])

case('html_per_chapter_restart', page('Two Lectures on the Commons', '''<h1>Two Lectures on the Commons</h1>
<h2>Lecture I. The Open Fields</h2>
<p>In the open-field village the arable lay in two or three great fields,
divided into strips.<sup><a href="#l1n1" name="l1r1">1</a></sup> Each holding was scattered
across all of them, so that good land and bad were shared out.<sup><a href="#l1n2" name="l1r2">2</a></sup></p>
<h4>Notes</h4>
<p><a name="l1n1" href="#l1r1">1.</a> Laxton in Nottinghamshire still farms this way.</p>
<p><a name="l1n2" href="#l1r2">2.</a> The strips were reallotted in some villages every year.</p>
<h2>Lecture II. The Waste</h2>
<p>Beyond the fields lay the waste, where the villagers grazed their beasts
and cut turf and firewood.<sup><a href="#l2n1" name="l2r1">1</a></sup></p>
<h4>Notes</h4>
<p><a name="l2n1" href="#l2r1">1.</a> The rights of turbary and estovers.</p>'''),
     ['Laxton in Nottinghamshire', 'The strips were reallotted', 'The rights of turbary'], ext='html')

case('html_plain_brackets_text', page('Diary of a Tenement Nurse', '''<h2>From the Diary of a Tenement Nurse, 1907</h2>
<p>Twelve visits today, all on Cherry Street. The Russo baby is better but
the mother has no milk, and we gave her a ticket for the milk station.[1]</p>
<p>Mrs. Kaplan on the fifth floor has the cough again. The landlord has still
not fixed the air shaft, which the tenants use for their garbage.[2]</p>
<h3>Notes</h3>
<p>[1] The Straus milk stations sold pasteurized milk at cost.</p>
<p>[2] The law of 1901 required the shafts, but not their upkeep.</p>'''),
     ['The Straus milk stations', 'The law of 1901 required'], ext='html')

case('html_wiki_caret_backlinks', page('Fort Ross', '''<h1>Fort Ross</h1>
<p>Fort Ross was a Russian settlement on the coast of California, founded in
1812 by the Russian-American Company.<sup id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup>
It was meant to grow food for the fur posts in Alaska, and never did so
well.<sup id="cite_ref-2"><a href="#cite_note-2">[2]</a></sup></p>
<h2>References</h2>
<ol class="references">
<li id="cite_note-1"><b><a href="#cite_ref-1">^</a></b> Ivan Kuskov chose the site the year before.</li>
<li id="cite_note-2"><b><a href="#cite_ref-2">^</a></b> It was sold to John Sutter in 1841.</li>
</ol>'''),
     ['Ivan Kuskov chose the site', 'It was sold to John Sutter'], ext='html',
     keep=['founded in 1812'])

case('html_pre_etext', page('The Luddites', '''<pre>
                            THE LUDDITES

   The frame-breakers of Nottinghamshire took their name from a
   mythical leader, Ned Ludd, in whose name their letters were signed.[1]
   They broke only the frames of masters who paid low rates or made
   cut-ups, and left the others alone.[2]

   NOTES

   [1] General Ludd, or King Ludd, lived in Sherwood Forest.
   [2] Cut-ups were cheap stockings cut from wide cloth and sewn.
</pre>'''),
     ['General Ludd, or King Ludd', 'Cut-ups were cheap stockings'], ext='html')

# ---- 9. more plain-text conventions -------------------------------------------
case('pamphlet_centered_notes_parens', '''              WHAT IS TO BE DONE ABOUT THE DOCKS?

                  Published by the Dockers' Defence Committee

Brothers and sisters, the employers say that containers have made the old
ways of work impossible. (1) They do not say that the same containers have
made them richer than ever.

In 1967 the scheme gave us decasualisation after sixty years of fighting
for it. (2) Now they want to tear it up and take us back to the call-on,
where a man stood at the gate each morning hoping to be picked.

Join the march on Saturday. Meet at the dock gate at 10 o'clock.

                                   NOTES

   1. The Port of London Authority report of last year says so openly.
   2. Under the Devlin report, after the inquiry of 1965.
''', ['The Port of London Authority', 'Under the Devlin report'],
     keep=['In 1967 the scheme', "at 10 o'clock"])

case('curly_brace_refs', '''THE LIFE OF JOHN CLARE

Clare was born at Helpston in 1793, the son of a thresher, and began to
write verse while working in the fields.{1} His first book sold three
thousand copies in a year, which was more than Keats sold in his life.{2}

Fame did not last. The later books sold poorly, and in 1837 he was taken to
an asylum at High Beach in Epping Forest.{3}

{1} He bought a copy of Thomson's Seasons for a shilling at Stamford.
{2} Poems Descriptive of Rural Life and Scenery, 1820.
{3} He walked home from there in 1841, eighty miles in four days.
''', ["He bought a copy of Thomson's", 'Poems Descriptive of Rural', 'He walked home from there'],
     keep=['at Helpston in 1793', 'in 1837 he was taken'])

case('glued_paren_close_refs', '''THE STATE AND THE CHURCH IN PRUSSIA

(Translated from the German.)

The Kulturkampf began in 1871 with the abolition of the Catholic section of
the Ministry of Culture.1) The May Laws of 1873 followed, which placed the
training and appointment of priests under the state.2)

The Catholic population answered by voting for the Centre Party in ever
greater numbers, and by 1878 Bismarck was looking for a way out.3)

1) The section had been founded under Frederick William IV.
2) They were drafted by the minister Adalbert Falk.
3) The death of Pius IX in that year made it easier.
''', ['The section had been founded', 'They were drafted by the minister', 'The death of Pius IX'],
     keep=['The May Laws of 1873', 'by 1878 Bismarck'])

case('notes_to_chapter_headings', '''THE STONE MASONS OF PORTLAND

CHAPTER ONE

The stone of Portland was first used in London on a large scale for the
Banqueting House in Whitehall.[1] After the Great Fire it was used for St
Paul's and most of the City churches.[2]

CHAPTER TWO

The quarrymen were a closed community, and islanders married islanders.[1]
Land passed by a local custom of sale in the church porch.[2]

NOTES TO CHAPTER ONE

[1] Inigo Jones chose the stone for it.
[2] Wren had his own agents on the island to choose the blocks.

NOTES TO CHAPTER TWO

[1] Outsiders were called kimberlins, and still are.
[2] The custom of church gift, recorded in the court leet.
''', ['Inigo Jones chose', 'Wren had his own agents', 'Outsiders were called kimberlins', 'The custom of church gift'])

case('timeline_years_with_notes', '''A CHRONOLOGY OF THE TOLPUDDLE AFFAIR

The story of the six labourers of Tolpuddle is usually told in a few
sentences; the dates below give it some shape.[1]

1833  Labourers at Tolpuddle form a friendly society.
1834  Six of them are arrested, tried at Dorchester and transported.
1836  After a national campaign they are pardoned.
1838  The last of them returns to England.

The sentence was for administering unlawful oaths, not for forming a union,
which was already legal.[2]

Notes

[1] Based on the Martyrs' own narrative, published in 1838.
[2] Under an act of 1797 passed after the naval mutinies.
''', ["Based on the Martyrs' own", 'Under an act of 1797'],
     keep=['1833 Labourers at Tolpuddle', '1834 Six of them are arrested', '1836 After a national campaign',
           '1838 The last of them returns'])

case('notes_mention_numbers_inside', '''The Wreck of the Royal Charter

The Royal Charter was driven onto the rocks off Anglesey in the great storm
of October 1859, within a day's sail of Liverpool.[1] More than four
hundred people died.[2]

Notes

[1] See the Board of Trade inquiry, pp. 12-14, and Figure 3 of its appendix.
[2] Estimates range from 450 to 459; no complete passenger list survives, and
note 1 of the inquiry gives 459.
''', ['See the Board of Trade inquiry', 'Estimates range from 450'],
     present=['pp. 12-14', 'Figure 3 of its appendix', 'from 450 to 459'])

case('chapter_end_rule_notes_restart', '''THE SOCIALIST SUNDAY SCHOOLS

I.

The first Socialist Sunday School was opened in Glasgow in 1896.1 Its
founders wanted an alternative to the religious teaching of the churches,
and wrote their own hymns and precepts.2

--------
1 By Archie McArthur and Lizzie Glasier.
2 The Ten Socialist Precepts, recited at every meeting.

II.

The schools spread quickly to the industrial towns of England.1 By 1910
there were about a hundred of them.2

--------
1 Especially in Yorkshire and Lancashire.
2 Figures from the national union of the schools.
''', ['By Archie McArthur', 'The Ten Socialist Precepts', 'Especially in Yorkshire', 'Figures from the national union'],
     keep=['in Glasgow in 1896', 'By 1910 there were'])

case('asterisk_footnotes_restart_per_chapter', '''GHOST STORIES OF THE WELSH BORDER

THE GRAY LADY OF CROFT

The lady is said to walk the long gallery at Croft on winter nights,
carrying a candle that gives no light.* The servants would not go there
after dark.

* The story was told to the author by a former housemaid.

THE BLACK DOG OF HERGEST

The Vaughans of Hergest kept a black hound that outlived its master and
haunted the family for generations.* Conan Doyle is said to have heard the
story while staying nearby.

* The hound is usually linked with Thomas Vaughan, killed in 1469.
''', ['The story was told to the author', 'The hound is usually linked'])


if __name__ == '__main__':
    main(__doc__, 'notes-battery-')
