"""A battery of archived HTML pages (1995-2010), each built around one real-world convention:
hand-made group sites, marxists.org chapters, Project Gutenberg books, newsletters, table layouts
with nav columns, GeoCities/Tripod pages, FrontPage and Word exports, blogs, headings set as bold
paragraphs, titles and authors from <title>, <meta>, bylines and signatures.

Each case states what a careful editor would make of the page: its headings (in order; the title
on the title page is not one), lines that are no headings, dc:title and dc:creator, the site's
debris (which may stay only in colophon.xhtml) and the text that must stay.

    python3 tests/probes/pages_battery_probe.py "dotnet /path/to/epub.dll" [--only NAME] [--keep DIR]

Prints one line per failing check and `N/M cases hold` last. All prose is the probe's own."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_harness import B, case, doc, frag, main, p  # the shared harness: check(), main(), ...

# ---------------------------------------------------------------------------------------------
# Prose bank: paragraphs of our own, by topic.
# ---------------------------------------------------------------------------------------------
B.update({
"rent": [
 "The tenants of the east side have organised before, and they will organise again. What follows is a short account of the strike of 1998 and of what we learned from it, about the landlords and about ourselves.",
 "Forty people came to the first meeting in the basement of the laundromat on Tenth Street. Most of them had never spoken in public before, and several left before the vote was taken.",
 "Those who stayed agreed on a single demand: that the boilers in all six buildings be repaired before the first frost. It was a modest demand, and that was its strength.",
 "The management company answered with a letter threatening eviction for anyone who withheld rent. We photocopied the letter and put it up in every hallway, next to our own notice of the next meeting.",
 "By December the heat had been cut twice. We bought space heaters with money from a bake sale and a loan from the carpenters' local, and the children did their homework in coats.",
 "In February the company gave in. The boilers were replaced, the threatened evictions were dropped, and the rent escrow account was returned to the tenants with interest.",
],
"mill": [
 "The weavers of the Pemberton mill walked out on a Monday morning in January, when the first pay envelopes of the year came up two hours short. Nobody had called a strike; the women on the third floor simply stopped their looms.",
 "Within a week eleven thousand workers were out across the city. They spoke more than twenty languages, and the mill owners had counted on that to keep them apart.",
 "The strike committee met each night in the Franco-Belgian hall, with interpreters standing along the walls. Every decision was carried back to the national meetings the next morning and voted on again.",
 "The city answered with militia companies from the surrounding towns. Young men who had never seen a mill were posted at the gates with fixed bayonets in the snow.",
 "When the strikers began sending their children to sympathetic families in other cities, public opinion turned. A congressional hearing was called, and the mill owners were asked questions they could not answer.",
 "The settlement in March raised wages by between five and twenty per cent, the most for the worst paid. It was a victory, though many of its leaders were blacklisted within the year.",
],
"rail": [
 "The branch line from Ashford Junction to Millbrook was opened in the autumn of 1871, after nine years of argument in the county council and two changes of contractor.",
 "It ran for eleven miles along the north bank of the river, with stations at Kelby, Stoke Marsh and Millbrook, and a halt at Dunmore Farm that was used mainly by the milk train.",
 "For fifty years the line carried coal up the valley and cheese and wool down it. In the summer months excursion trains brought day trippers from the city to the weir at Stoke Marsh.",
 "The first motor buses appeared on the valley road in 1923, and the passenger figures began to fall at once. By 1950 the morning train often ran with fewer than a dozen people aboard.",
 "The last passenger service ran on the fourth of June 1962, hauled by a tank engine decorated with bunting by the staff at Millbrook. Goods trains continued for another three years.",
 "Today the trackbed is a footpath for most of its length, and the station house at Kelby is a private home. The society hopes to restore the signal box at Stoke Marsh as a small museum.",
],
"garden": [
 "When the city first offered us the vacant lot on Orchard Street, it was covered in broken glass and old tyres. It took thirty volunteers four Saturdays to clear it.",
 "We divided the ground into twenty-four plots, each about ten feet by twelve, and kept a strip along the fence for herbs that anyone may pick. The waiting list for plots now runs to two years.",
 "The soil was poor and tested high for lead, so every bed is raised and filled with compost from the city's leaf collection. The tomatoes have never been better.",
 "Our oldest gardener, Mrs. Alvarez, grows peppers from seeds her mother brought from Oaxaca in 1951. She saves some seed every autumn and gives it to anyone who asks.",
 "Water remains our biggest problem. The hydrant permit costs more every year, and the rain barrels are not enough in August.",
 "Members are reminded that the tool shed must be locked after use, and that the compost bins are for plant waste only. Please do not leave bags of rubbish by the gate.",
],
"wages": [
 "It is often said that wages are set by supply and demand, like the price of any other commodity. The statement is true as far as it goes, but it explains very little.",
 "For the worker does not sell a thing that exists before the sale. He sells his capacity to work for a given time, and what is done with that capacity is decided by someone else.",
 "The value of that capacity is measured by what it costs to maintain the worker and his family at the customary standard of the country and the period. That standard is not fixed by nature; it is the result of past struggles.",
 "What the worker produces in a day is another matter entirely. The difference between the two is the source of profit, and the whole history of the working day is a quarrel over its size.",
 "When the employers argue that higher wages must mean higher prices, they assume what they need to prove. Prices may rise, but profits may also fall, and which happens depends on the strength of the two sides.",
 "A trade union cannot abolish this relation, but it can alter its terms. That is no small thing, and those who despise the daily struggle over wages understand neither the struggle nor the relation.",
],
"walk": [
 "I set out from Machynlleth on a grey morning in late April, with a borrowed rucksack and a map that had last been revised in 1974.",
 "The path climbed steeply out of the town through oak woods still bare of leaves. By noon I had reached the open hill, where the wind came straight off the sea and the sheep watched me with complete indifference.",
 "I had been told that the old drovers' road was easy to follow. It was not. Twice I found myself at the edge of a bog with no way forward, and once I walked half a mile in the wrong direction before a farmer on a quad bike set me right.",
 "The hostel at Dinas was run by a retired schoolteacher who served soup at seven and locked the door at ten. There were two other walkers, both Dutch, who had come for the birds.",
 "On the third day the rain stopped and the whole valley opened out below me, green and silver, with the river shining in loops between the fields. I sat on a stone for an hour and ate my sandwiches slowly.",
 "I came down into Llanidloes on the fifth evening, footsore and sunburnt, and caught the last bus home. I have walked many paths since, but none I remember as clearly.",
],
"war": [
 "My grandfather never spoke about the war while my grandmother was alive. After she died he began, quite suddenly, to tell me things, usually in the car when neither of us had to look at the other.",
 "He was nineteen when he landed in Italy, a signaller with a field regiment. He said the worst of it was not the shelling but the mud, which got into the wireless sets and into everything else.",
 "He kept a small diary, against regulations, in a tobacco tin. Most of the entries are a single line: the weather, the name of a village, the name of a friend.",
 "In the winter of 1944 his unit spent eleven weeks in the same valley below Monte Cassino. He told me that he could still draw every house in that valley from memory, and then he did, on the back of a garage receipt.",
 "He came home in 1946 and went back to work at the printing works, where he stayed for forty-one years. He did not join the British Legion and he did not march on Remembrance Sunday.",
 "I have put his diary on these pages exactly as he wrote it, with a few notes of my own where a name or a place needs explaining.",
],
"river": [
 "Ten years ago the Calder below the dye works ran a different colour every day of the week. Local children used to guess the colour on the way to school.",
 "The cleanup began with a petition of two hundred names, collected outside the post office by three retired teachers. The water authority sent a polite letter and did nothing.",
 "So we began to take our own samples, every Sunday morning from the same five points, and to send them to a laboratory at the university that agreed to test them at cost.",
 "After two years of results we had enough to go to the newspapers. The story ran on the front page of the Evening Post, with a photograph of a jar of purple water held up against the sky.",
 "The dye works was fined in 1996 and installed a treatment plant the following year. Trout were seen below the weir in the spring of 1999 for the first time in living memory.",
 "The work is not finished. The storm overflows still discharge raw sewage after heavy rain, and the next campaign will be about them.",
],
"school": [
 "I have taught English in the same comprehensive school for twenty-two years, and I have seen four reorganisations, three national curricula and more initiatives than I can remember.",
 "None of them has changed the central fact of the job, which is that thirty children are in a room with one adult for fifty minutes, and something has to happen.",
 "The best lessons I have taught were rarely the ones I planned most carefully. They were the ones in which a child asked a question I had not expected and I had the sense to follow it.",
 "Inspection has made that harder. A lesson that follows a child's question looks, to an inspector with a clipboard, like a lesson that has lost its way.",
 "I do not say that standards do not matter, or that teachers should be left alone to do as they please. I say that the people who write the frameworks should spend a week in a classroom first.",
 "Next year I will retire. I will miss the children, and I will not miss the paperwork, and I expect that most of my colleagues would say the same.",
],
"bbs": [
 "In 1986 I saved for six months to buy a 1200 baud modem, and my parents' phone bill that winter became a family legend.",
 "The bulletin board I called most was run by a pharmacist from his spare bedroom. It had one line, so you waited your turn, and when you got through you had thirty minutes before the system threw you off.",
 "There were message bases for everything: programming, science fiction, local politics, and a long-running argument about whether the Amiga was better than the Atari ST.",
 "Files came down slowly enough that you read the description very carefully before you started. A game of two hundred kilobytes was an evening's commitment.",
 "What I remember most is the people. I met my first real friends outside school on that board, and two of them are still friends today, twenty years later.",
 "When the internet arrived the boards died within a few years. Something was gained, obviously, but something local and slow and oddly courteous was lost.",
],
"church": [
 "Our thanks go to everyone who helped with the harvest supper, which raised over four hundred pounds for the roof fund. Special thanks to the Women's Guild for the apple pies.",
 "The scaffolding will go up on the north aisle at the end of the month. Services will continue as normal, but please use the south door until the work is finished.",
 "The Bishop will visit on the second Sunday of Advent to confirm six young people from the parish. Please keep them in your prayers as they prepare.",
 "The Tuesday lunch club has outgrown the vestry and will move to the church hall from next week. New volunteers for the washing up are always welcome.",
 "We were sorry to say goodbye to Mr. and Mrs. Hargreaves, who have moved to be near their daughter in Devon after fifty-three years in the parish.",
 "The Christmas card list is on the table at the back of church. Please add your name if you would like to send greetings to the whole congregation with a single donation to the Children's Society.",
],
"transit": [
 "The region's population has grown by a third since 1980, but its bus network has barely changed. Most routes still follow lines drawn when the largest employer was the steelworks.",
 "As a result, the average commuter without a car now spends seventy minutes travelling each way, often with a change in the city centre that adds twenty minutes to an otherwise short journey.",
 "This paper proposes a network of orbital routes linking the outer estates directly to the hospital, the college and the new industrial parks, without passing through the centre.",
 "We estimate the additional operating cost at four million pounds a year, of which about half would be recovered in fares within three years on the experience of comparable cities.",
 "The remaining cost is small beside the cost of congestion, which the chamber of commerce puts at forty million pounds a year, and beside the cost of unemployment among people who cannot reach the jobs.",
 "We recommend that the authority begin with a single pilot route in the autumn, and that it publish the passenger figures monthly so that the public can judge the results.",
],
"union": [
 "Brothers and sisters, I have been asked to speak for ten minutes, and I will try to keep to that, though you know how it is with organisers.",
 "Three years ago there were eleven members of this union at the distribution centre. Today there are four hundred and twelve, and last month we signed our first contract.",
 "Nobody handed us that contract. We won it on the night shift, one conversation at a time, in the break room and the car park and at kitchen tables across this county.",
 "The company spent more than a million dollars on consultants to keep us out. They held meetings we were required to attend and told us the union would take our money and close the plant.",
 "We answered with the only thing we had, which was each other. When they fired Rosa Delgado for wearing a union badge, two hundred people wore one the next morning.",
 "So when people tell you that organising is finished in this country, tell them about the night shift at the distribution centre. And then go and talk to the person next to you.",
],
"coop": [
 "The food co-operative began in 1976 as a buying club of nine households who ordered brown rice and lentils by the sack and divided them up on a kitchen floor.",
 "By 1980 it had a shop, rented from the Methodist church, open three afternoons a week and staffed entirely by members working two hours a month.",
 "Prices were kept low by buying direct from wholesalers and from farms in the county, and by refusing to stock anything that had to be advertised to be sold.",
 "There were arguments, of course. The great coffee dispute of 1983 lasted four general meetings and produced a pamphlet of thirty pages.",
 "The shop moved to its present premises in 1991 and now employs six people, though members still work shifts and still receive the discount.",
 "This history was written for the twenty-fifth anniversary, from the minutes and from the memories of those founding members who are still with us.",
],
"novel": [
 "The lamp at Gull Point had been kept by a Tregarth for three generations, and Martha Tregarth had never expected to be the one to put it out.",
 "Her father had been ill since the spring. Each evening she climbed the hundred and four steps with the oil can, trimmed the wick, and watched the beam go out across the water.",
 "The supply boat came on Thursdays when the weather allowed. It brought flour and letters and, that autumn, a young man from the Board who carried a leather case and looked at everything as if it were already gone.",
 "\"They mean to put in an electric light,\" her father said when the young man had left. \"A light that needs no keeper.\" He turned his face to the wall.",
 "The storm came in the first week of November. For three days the island was cut off, and on the second night the great lens cracked from top to bottom.",
 "Martha kept the light burning with a ship's lantern and a mirror from her mother's dressing table, and in the morning a schooner that should have been on the rocks lay safe at anchor in the bay.",
 "The Board's young man returned in the spring. He stood a long time at the foot of the tower, and when he came back down he did not speak of electric lights again.",
 "Her father lived to see the new lens fitted. He died in the summer, in his chair by the window, with the beam sweeping the dark water below.",
],
"zine": [
 "This month's reading pile was dominated by the new Hal Brandt novel, which I had been waiting for since the last one ended on that outrageous cliffhanger.",
 "It does not disappoint. The colony ship plot moves faster than before, and the three narrators finally meet in the middle of the book, with consequences I will not spoil here.",
 "My only complaint is the appendix of invented languages, which runs to forty pages and which I suspect most readers will skip, as I did after the first ten.",
 "Also recommended: a small-press collection of stories by Ines Carrow, who writes about robots the way other people write about their elderly relatives, with exasperation and great tenderness.",
 "The convention in Leeds was smaller than last year but friendlier. The panel on fanzine history ran an hour over time, and nobody minded.",
 "Letters of comment are welcome as always, and will be printed unless you ask otherwise. Trades for other zines gratefully accepted.",
],
})

# ---------------------------------------------------------------------------------------------
# 1. Hand-made political group sites, 1995-2002
# ---------------------------------------------------------------------------------------------
case("group-masthead-navbar-footer", doc(
 '<center><font size="+3" face="Arial"><b>Northside Tenants Union</b></font><br>\n'
 '<font size="-1"><a href="index.html">Home</a> | <a href="about.html">About Us</a> | <a href="news.html">News</a> | <a href="links.html">Links</a> | <a href="contact.html">Contact</a></font></center>\n<hr>\n'
 '<h2>The Boiler Strike of 1998</h2>\n<p><i>by Maria Kowalski</i></p>\n' + p("rent", 0) +
 '<h3>The First Meeting</h3>\n' + p("rent", 1, 2) + '<h3>The Long Winter</h3>\n' + p("rent", 3, 4) +
 '<h3>Victory</h3>\n' + p("rent", 5) +
 '<hr>\n<center><font size="-2">Copyright &copy; 1999 Northside Tenants Union. All rights reserved.<br>\n'
 'This page last updated 03/04/99.<br>You are visitor number <img src="/cgi-bin/counter.gif?df=ntu.dat"> 004711</font></center>',
 title="NTU - The Boiler Strike of 1998"),
 headings=["The First Meeting", "The Long Winter", "Victory"], not_headings=["Northside Tenants Union", "by Maria Kowalski"],
 title="The Boiler Strike of 1998", author="Maria Kowalski",
 debris=["About Us", "All rights reserved", "last updated 03/04/99", "visitor number"],
 keep=[frag("rent", 0), frag("rent", 5)])

case("group-back-to-home-email", doc(
 '<body bgcolor="#FFFFFF" text="#000000" link="#CC0000">\n'
 '<p align="center"><font size="+2"><b>Why We Oppose the Stadium Deal</b></font><br>\n<font size="2">A statement of the Eastside Coalition</font></p>\n'
 + p("transit", 0, 1) + '<p>The stadium will be paid for by the same taxpayers who wait seventy minutes for a bus. We say the money belongs to the neighbourhoods, not to the owners of a baseball team.</p>\n'
 + p("transit", 4, 5) +
 '<hr width="60%">\n<p align="center"><a href="index.html"><img src="back.gif" border="0">Back to Home Page</a></p>\n'
 '<p align="center"><font size="1">Questions or comments? <a href="mailto:webmaster@eastsidecoalition.org">Email the webmaster</a></font></p>',
 title="Eastside Coalition"),
 headings=[], not_headings=["A statement of the Eastside Coalition"], title="Why We Oppose the Stadium Deal",
 debris=["Back to Home Page", "Email the webmaster", "webmaster@eastsidecoalition.org"],
 keep=["The stadium will be paid for by the same taxpayers", frag("transit", 5)])

case("group-font-size-headings", doc(
 '<p><font size="+2" color="#990000"><b>A Short History of the Carpenters\' Local</b></font></p>\n'
 '<p>' + B["union"][1] + '</p>\n'
 '<p><font size="+1"><b>The Night Shift</b></font></p>\n' + p("union", 2, 3) +
 '<p><font size="+1"><b>Rosa Delgado</b></font></p>\n' + p("union", 4) +
 '<p><font size="+1"><b>What Comes Next</b></font></p>\n' + p("union", 5),
 title="History"),
 headings=["The Night Shift", "Rosa Delgado", "What Comes Next"],
 title="A Short History of the Carpenters' Local", keep=[frag("union", 1), frag("union", 4)])

case("group-center-bold-roman", doc(
 '<center><h2>PROGRAM OF THE VALLEY WORKERS LEAGUE</h2></center>\n<center><i>Adopted at the founding conference, May 1996</i></center>\n'
 + p("wages", 0) +
 '<center><b>I. WAGES AND HOURS</b></center>\n' + p("wages", 1, 2) +
 '<center><b>II. THE TRADE UNIONS</b></center>\n' + p("wages", 5) +
 '<center><b>III. PRICES AND PROFITS</b></center>\n' + p("wages", 3, 4),
 title="VWL Program"),
 headings=["I. WAGES AND HOURS", "II. THE TRADE UNIONS", "III. PRICES AND PROFITS"],
 not_headings=["Adopted at the founding conference, May 1996"],
 title="Program of the Valley Workers League", keep=[frag("wages", 0), frag("wages", 4)])

case("group-caps-bold-paragraph-headings", doc(
 '<h1>Who We Are</h1>\n' + p("coop", 0) +
 '<p><b>OUR HISTORY</b></p>\n' + p("coop", 1, 2) +
 '<p><b>HOW THE CO-OP WORKS</b></p>\n' + p("coop", 4) +
 '<p><b>JOINING</b></p>\n<p>Membership is open to anyone who lives or works in the county. The joining fee is ten pounds, refundable if you leave, and every member works a two-hour shift each month.</p>\n' + p("coop", 5),
 title="Riverside Food Co-op: Who We Are"),
 headings=["OUR HISTORY", "HOW THE CO-OP WORKS", "JOINING"], title="Who We Are",
 keep=["Membership is open to anyone who lives or works in the county"])

case("group-bold-lead-ins", doc(
 '<h2>Our Demands for the 2000 Budget</h2>\n' + p("transit", 0) +
 '<p><b>Housing.</b> The city must spend the full housing trust fund this year, not hold half of it in reserve as it has done since 1996. Four hundred families are on the emergency list.</p>\n'
 '<p><b>Transit.</b> ' + B["transit"][2] + '</p>\n'
 '<p><b>Libraries.</b> The branch libraries must reopen on Saturdays. Closing them on the one day working parents can bring their children saves very little and costs a great deal.</p>\n'
 '<p><b>Parks.</b> The summer youth jobs programme should be restored to its 1994 size of six hundred places.</p>\n' + p("transit", 4),
 title="Eastside Coalition - Budget Demands"),
 headings=[], not_headings=["Housing.", "Transit.", "Libraries.", "Parks."], title="Our Demands for the 2000 Budget",
 keep=["The city must spend the full housing trust fund", "Closing them on the one day working parents"])

case("group-pull-quote", doc(
 '<h2>Ten Years on the River</h2>\n<p>By Alan Pryce</p>\n' + p("river", 0, 1, 2) +
 '<blockquote><center><font size="+1" color="#336699"><i>"Local children used to guess the colour on the way to school."</i></font></center></blockquote>\n'
 + p("river", 3, 4, 5), title="Calder Watch: Ten Years on the River"),
 headings=[], not_headings=['"Local children used to guess the colour on the way to school."'],
 title="Ten Years on the River", author="Alan Pryce", keep=[frag("river", 3), frag("river", 5)])

case("group-h1-site-banner", doc(
 '<h1 align="center"><font color="#006600">Calder Watch</font></h1>\n<p align="center"><i>Keeping an eye on our river since 1989</i></p>\n<hr size="3" noshade>\n'
 '<h2>The Storm Overflows</h2>\n' + p("river", 5) + p("rent", 3).replace("management company", "water authority").replace("eviction for anyone who withheld rent", "legal action over our sampling") +
 '<h3>What We Found</h3>\n' + p("river", 2, 3) + '<h3>What Happens Next</h3>\n' + p("river", 4) +
 '<hr>\n<p align="center"><a href="index.html">Home</a> - <a href="samples.html">Sample Results</a> - <a href="join.html">Join Calder Watch</a></p>',
 title="Calder Watch"),
 headings=["What We Found", "What Happens Next"], not_headings=["Calder Watch", "Keeping an eye on our river since 1989"],
 title="The Storm Overflows", debris=["Sample Results", "Join Calder Watch"], keep=[frag("river", 2)])

case("group-signature-at-end", doc(
 '<h2 align="center">Why I Left the Party</h2>\n' + p("school", 0, 1) +
 '<p>I joined at twenty because it seemed the only serious answer to what I saw in the classroom. I leave at forty-eight because it has stopped asking the question.</p>\n'
 + p("school", 4, 5) + '<p align="right"><i>&mdash; Tom Reilly</i><br><i>Leeds, October 1997</i></p>',
 title="Why I Left the Party"),
 headings=[], not_headings=["Tom Reilly", "Leeds, October 1997"], title="Why I Left the Party", author="Tom Reilly",
 keep=["I joined at twenty because it seemed the only serious answer", frag("school", 5)])

case("group-webring-footer", doc(
 '<h2>Against the Bombing</h2>\n<p><b>A leaflet distributed at the Town Hall rally, 27 March 1999</b></p>\n'
 + p("war", 1, 3) + '<p>We are told that this war is fought for the people of the region. We have heard that before, and we have seen what it means. Bombs do not distinguish between a government and the people it governs.</p>\n'
 '<p>Come to the Town Hall steps every Saturday at noon until the bombing stops. Bring a friend, bring a placard, bring your neighbours.</p>\n'
 '<hr>\n<table align="center" border="1" cellpadding="4"><tr><td align="center"><font size="-1">This site is a member of the <b>Peace Links WebRing</b><br>\n'
 '[<a href="http://www.webring.org/cgi-bin/webring?ring=peace;id=12;prev">Prev</a>] [<a href="http://www.webring.org/cgi-bin/webring?ring=peace;id=12;next">Next</a>] '
 '[<a href="http://www.webring.org/cgi-bin/webring?ring=peace;id=12;random">Random</a>] [<a href="http://www.webring.org/cgi-bin/webring?ring=peace;list">List Sites</a>]<br>\n'
 'Want to join the ring? <a href="http://www.webring.org/cgi-bin/webring?ring=peace;addsite">Click here</a></font></td></tr></table>',
 title="Against the Bombing"),
 headings=[], not_headings=["A leaflet distributed at the Town Hall rally, 27 March 1999"], title="Against the Bombing",
 debris=["WebRing", "List Sites", "Want to join the ring", "Click here"],
 keep=["Bombs do not distinguish between a government", "Come to the Town Hall steps every Saturday at noon"])

case("group-best-viewed-counter", doc(
 '<center><img src="ntulogo.gif" alt="NTU logo"><br><font size="-1">Best viewed with Netscape Navigator 3.0 or higher at 800x600</font></center>\n'
 '<h2>Know Your Rights as a Tenant</h2>\n' + p("rent", 2) +
 '<h3>Repairs</h3>\n<p>Your landlord must keep the building in good repair, including the heating, the plumbing and the wiring. Put every request for repairs in writing and keep a copy.</p>\n<p>If nothing is done within fourteen days, call the housing inspector and ask for a written report. Do not stop paying rent without talking to us first.</p>\n'
 '<h3>Eviction</h3>\n<p>You cannot be evicted without a court order. A landlord who changes the locks or removes your belongings without one is breaking the law, and you should call the police.</p>\n<p>If you receive court papers, bring them to our Tuesday clinic at once. The time limits are short.</p>\n'
 '<hr>\n<center><img src="/cgi-bin/Count.cgi?df=rights.dat"><br><font size="-2">hits since January 1, 1998</font><br>\n'
 '<img src="netscape.gif" alt="Netscape Now!"> <img src="notepad.gif" alt="Made with Notepad"></center>',
 title="Know Your Rights as a Tenant"),
 headings=["Repairs", "Eviction"], title="Know Your Rights as a Tenant",
 debris=["Best viewed with Netscape", "hits since January 1, 1998", "Netscape Now", "Made with Notepad"],
 keep=["Put every request for repairs in writing", "You cannot be evicted without a court order"])

case("group-under-construction", doc(
 '<p align="center"><img src="construction.gif" alt="Under Construction"> <font color="red"><b>This page is under construction! Please check back soon.</b></font></p>\n'
 '<h2>Our Community Garden</h2>\n' + p("garden", 0, 1, 2, 3, 4, 5) +
 '<p align="center"><font size="-1">Page created by Bob Ferris, webmaster. Send comments to <a href="mailto:bob@orchardst.org">bob@orchardst.org</a></font></p>',
 title="Orchard Street Garden"),
 headings=[], title="Our Community Garden",
 debris=["under construction", "Please check back soon", "bob@orchardst.org"],
 keep=[frag("garden", 0), frag("garden", 5)])

# ---------------------------------------------------------------------------------------------
# 2. marxists.org chapters
# ---------------------------------------------------------------------------------------------
MIA_INFO = ('<p class="information">\n<span class="info">Written:</span> {w};<br>\n<span class="info">First Published:</span> {f};<br>\n'
            '<span class="info">Source:</span> {s};<br>\n<span class="info">Transcription/Markup:</span> Carl Lindqvist;<br>\n'
            '<span class="info">Public Domain:</span> Marxists Internet Archive (2004). You may freely copy, distribute, display and perform this work; as well as make derivative and commercial works. Please credit &ldquo;Marxists Internet Archive&rdquo; as your source.\n</p>\n')
MIA_HEAD = '<p class="title">Eleanor Marsh Internet Archive</p>\n'
MIA_FOOT = ('<hr class="end">\n<p class="footer"><a href="../index.htm">Eleanor Marsh Archive</a> &nbsp;|&nbsp; <a href="index.htm">Wages and the Working Day</a>'
            ' &nbsp;|&nbsp; <a href="#top">Top of page</a></p>\n')
def mia_page(author, title, info, body, foot=MIA_FOOT, pagetitle=None, top=""):
    return doc(top + f'<h2>{author}</h2>\n<h1>{title}</h1>\n<hr class="section">\n' + info + '<hr class="end">\n' + body + foot,
               title=pagetitle or f"{title} ({author[:7]}..)",
               head='<link rel="stylesheet" type="text/css" href="../../../css/works.css">\n',
               doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
INFO1 = MIA_INFO.format(w="1911", f="in <em>The Clarion</em>, March 1911", s="<em>Collected Essays</em>, Valley Press, 1930")

case("mia-standard-article", mia_page("Eleanor Marsh", "Wages and the Working Day", INFO1,
 p("wages", 0, 1) + '<h3>The Value of Labour Power</h3>\n' + p("wages", 2, 3) + '<h3>The Trade Unions</h3>\n' + p("wages", 4, 5), top=MIA_HEAD),
 headings=["The Value of Labour Power", "The Trade Unions"], title="Wages and the Working Day", author="Eleanor Marsh",
 not_headings=["Eleanor Marsh Internet Archive"],
 debris=["You may freely copy", "Top of page", "Eleanor Marsh Archive"],
 keep=[frag("wages", 0), frag("wages", 5)])

case("mia-toc-next-links", mia_page("Eleanor Marsh", "Chapter Three: Prices and Profits", INFO1,
 '<p class="toc"><a href="ch02.htm">Previous Chapter</a> | <a href="index.htm">Table of Contents</a> | <a href="ch04.htm">Next Chapter</a></p>\n'
 + p("wages", 3, 4, 5, 1) +
 '<p class="toc"><a href="ch02.htm">Previous Chapter</a> | <a href="index.htm">Table of Contents</a> | <a href="ch04.htm">Next Chapter</a></p>\n'),
 headings=[], title="Chapter Three: Prices and Profits", author="Eleanor Marsh",
 debris=["Previous Chapter", "Next Chapter", "Table of Contents"], keep=[frag("wages", 3), frag("wages", 1)])

case("mia-roman-section-headings", mia_page("Eleanor Marsh", "The Mill Towns", MIA_INFO.format(w="1912", f="<em>The Clarion</em>, 1912", s="<em>Collected Essays</em>, 1930"),
 '<h3>I</h3>\n' + p("mill", 0, 1) + '<h3>II</h3>\n' + p("mill", 2, 3) + '<h3>III</h3>\n' + p("mill", 4, 5)),
 headings=["I", "II", "III"], title="The Mill Towns", author="Eleanor Marsh", keep=[frag("mill", 0), frag("mill", 5)])

case("mia-speech-applause", mia_page("Joseph Harland", "Speech at the Miners' Gala", MIA_INFO.format(w="July 1926", f="<em>The Miner</em>, 24 July 1926", s="Harland Papers"),
 '<p class="fst">Comrades!</p>\n' + p("union", 0, 1) + '<p class="fst">(Applause.)</p>\n' + p("union", 2, 3) +
 '<p class="fst">(Cries of &ldquo;Shame!&rdquo;)</p>\n' + p("union", 4, 5) + '<p class="fst">(Prolonged applause. The meeting sings &ldquo;The Red Flag.&rdquo;)</p>\n',
 foot='<hr class="end">\n<p class="footer"><a href="../index.htm">Joseph Harland Archive</a></p>\n'),
 headings=[], not_headings=["Comrades!", "(Applause.)", "(Cries of \u201cShame!\u201d)"], title="Speech at the Miners' Gala", author="Joseph Harland",
 debris=["Joseph Harland Archive", "You may freely copy"], keep=["Comrades!", "(Applause.)", frag("union", 5)])

case("mia-letter", mia_page("Eleanor Marsh", "Letter to the Hampstead Branch", MIA_INFO.format(w="12 March 1913", f="1950", s="Marsh Correspondence"),
 '<p class="date">London, 12 March 1913</p>\n<p>Dear Comrades,</p>\n' + p("wages", 5) +
 '<p>I am sorry that I cannot come to your meeting on the 20th. My sister is unwell and I have promised to go to her in Bristol for a fortnight.</p>\n' + p("mill", 4) +
 '<p>Please give my regards to Comrade Hale, and tell him the pamphlets will be sent on as soon as the printer has them.</p>\n'
 '<p class="fst">Yours fraternally,<br>E. Marsh</p>\n'),
 headings=[], not_headings=["London, 12 March 1913", "Dear Comrades,", "Yours fraternally,"], title="Letter to the Hampstead Branch", author="Eleanor Marsh",
 keep=["I am sorry that I cannot come to your meeting", "Yours fraternally"])


# ---------------------------------------------------------------------------------------------
# 3. Project Gutenberg HTML books
# ---------------------------------------------------------------------------------------------
def pg(title, author, body, extra_head=""):
    return doc('<pre>\n\nThe Project Gutenberg EBook of ' + title + ', by ' + author + '\n\n'
      'This eBook is for the use of anyone anywhere at no cost and with\nalmost no restrictions whatsoever.  You may copy it, give it away or\n'
      're-use it under the terms of the Project Gutenberg License included\nwith this eBook or online at www.gutenberg.org\n\n\n'
      'Title: ' + title + '\n\nAuthor: ' + author + '\n\nRelease Date: March 3, 2008 [EBook #24718]\n\nLanguage: English\n\n'
      'Character set encoding: ISO-8859-1\n\n*** START OF THIS PROJECT GUTENBERG EBOOK ' + title.upper() + ' ***\n\n\n\n\nProduced by Jane Roe and the Online Distributed\nProofreading Team at http://www.pgdp.net\n\n</pre>\n'
      + body +
      '<pre>\n\n\n\n\nEnd of the Project Gutenberg EBook of ' + title + ', by ' + author + '\n\n*** END OF THIS PROJECT GUTENBERG EBOOK ' + title.upper() + ' ***\n\n'
      '***** This file should be named 24718-h.htm or 24718-h.zip *****\nThis and all associated files of various formats will be found in:\n        http://www.gutenberg.org/2/4/7/1/24718/\n\n'
      'Updated editions will replace the previous one--the old editions\nwill be renamed.\n\n*** START: FULL LICENSE ***\n\nTHE FULL PROJECT GUTENBERG LICENSE\n'
      'PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK\n\nTo protect the Project Gutenberg-tm mission of promoting the free\ndistribution of electronic works, by using or distributing this work\n'
      '(or any other work associated in any way with the phrase "Project\nGutenberg"), you agree to comply with all the terms of the Full Project\nGutenberg-tm License.\n</pre>\n',
      title=f"The Project Gutenberg eBook of {title}, by {author}",
      head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<style type="text/css">\n p { text-indent: 1em; }\n .poem { margin-left: 10%; }\n .caption { text-align: center; font-size: 90%; }\n</style>\n' + extra_head,
      doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
PG_DEBRIS = ["Project Gutenberg", "START OF THIS PROJECT", "Online Distributed", "FULL LICENSE"]

case("pg-novel-boilerplate", pg("The Keeper of Gull Point", "Margaret Ames",
 '<h1>THE KEEPER OF GULL POINT</h1>\n<h2>By MARGARET AMES</h2>\n<hr>\n'
 '<h2><a name="CHAPTER_I"></a>CHAPTER I.<br>THE LAMP</h2>\n' + p("novel", 0, 1, 2, 3) +
 '<h2><a name="CHAPTER_II"></a>CHAPTER II.<br>THE STORM</h2>\n' + p("novel", 4, 5) +
 '<h2><a name="CHAPTER_III"></a>CHAPTER III.<br>THE NEW LENS</h2>\n' + p("novel", 6, 7) + '<p class="center">THE END</p>\n'),
 headings=["CHAPTER I. THE LAMP", "CHAPTER II. THE STORM", "CHAPTER III. THE NEW LENS"],
 not_headings=["THE END"], title="The Keeper of Gull Point", author="Margaret Ames", debris=PG_DEBRIS,
 keep=[frag("novel", 0), frag("novel", 7)])

POEM = lambda lines: '<div class="poem"><div class="stanza">\n' + "".join(f'<span class="i0">{l}<br></span>\n' for l in lines) + '</div></div>\n'
case("pg-poetry-collection", pg("Hill Songs", "Robert Lane",
 '<h1>HILL SONGS</h1>\n<p class="center">BY</p>\n<p class="center">ROBERT LANE</p>\n<hr>\n'
 '<h2>PREFATORY NOTE</h2>\n<p>These verses were written over many years of walking in the hills of mid-Wales, and most of them first appeared in the parish magazine at Dinas, whose editor was kind enough to print them.</p>\n'
 '<p>I have arranged them roughly in the order of the seasons rather than the order of writing. A few have been revised; most have been left alone.</p>\n'
 '<h2>THE DROVERS\' ROAD</h2>\n' + POEM(["The old road climbs where the drovers went,", "With cattle lowing and dogs at heel;", "The stones are worn and the walls are bent,", "And only the curlews feel"]) + POEM(["The weight of the years that the hill has known,", "The hoof and the boot and the iron wheel,", "And keep their counsel, and keep their own,", "And make their long appeal."]) +
 '<h2>APRIL AT MACHYNLLETH</h2>\n' + POEM(["The oak is bare on the eastern side,", "The wind is cold from the western sea,", "But something stirs in the river-tide", "That has not yet come to me."]) +
 '<h2>THE HOSTEL AT NIGHT</h2>\n' + POEM(["Two Dutchmen sleeping, a lamp turned low,", "The soup-pot cold and the door made fast;", "The rain on the slates, and the long winds blow", "Over the hills of the past."]) +
 '<p>Those who know the hostel at Dinas will recognise the schoolmaster who kept it, and will forgive the liberty.</p>\n'),
 headings=["PREFATORY NOTE", "THE DROVERS' ROAD", "APRIL AT MACHYNLLETH", "THE HOSTEL AT NIGHT"],
 not_headings=["The old road climbs where the drovers went,", "BY"], title="Hill Songs", author="Robert Lane", debris=PG_DEBRIS,
 keep=["The old road climbs where the drovers went", "Those who know the hostel at Dinas"])

case("pg-play", pg("The Lamp at Gull Point", "Margaret Ames",
 '<h1>THE LAMP AT GULL POINT</h1>\n<h3>A PLAY IN TWO ACTS</h3>\n<h3>BY MARGARET AMES</h3>\n<hr>\n'
 '<h2>DRAMATIS PERSONÆ</h2>\n<p class="noindent">JOHN TREGARTH, <i>keeper of the light.</i><br>MARTHA, <i>his daughter.</i><br>MR. PENROSE, <i>of the Lighthouse Board.</i></p>\n'
 '<h2>ACT I.</h2>\n<h3>SCENE I.&mdash;<i>The keeper\'s cottage. Evening.</i></h3>\n'
 '<p class="stage"><i>Enter</i> MARTHA, <i>with an oil can.</i></p>\n'
 '<p><span class="speaker">Martha.</span> The wick wants trimming again, father. The oil they sent is poor stuff, and it smokes.</p>\n'
 '<p><span class="speaker">Tregarth.</span> It was poor stuff in my father\'s time too. Trim it twice, and mind the glass.</p>\n'
 '<p><span class="speaker">Martha.</span> There is a man from the Board on the boat. He has a leather case and he looks at everything as if it were already gone.</p>\n'
 '<p><span class="speaker">Tregarth.</span> Then let him look. The light will burn tonight as it did last night, and he may write that in his book.</p>\n'
 '<p class="stage"><i>Exit</i> MARTHA. TREGARTH <i>turns his face to the wall.</i></p>\n'
 '<h2>ACT II.</h2>\n<h3>SCENE I.&mdash;<i>The lamp room. Night. A storm.</i></h3>\n'
 '<p><span class="speaker">Penrose.</span> The lens is cracked from top to bottom. Nothing can be done until the spring.</p>\n'
 '<p><span class="speaker">Martha.</span> Something can be done tonight, Mr. Penrose, if you will hold the lantern steady and stop talking of the spring.</p>\n'
 '<p class="stage"><i>She sets her mother\'s mirror behind the lantern. The beam goes out across the water.</i></p>\n'
 '<p class="center">CURTAIN.</p>\n'),
 headings=["DRAMATIS PERSONÆ", "ACT I.", "SCENE I.\u2014The keeper's cottage. Evening.", "ACT II.", "SCENE I.\u2014The lamp room. Night. A storm."],
 not_headings=["Martha.", "Tregarth.", "CURTAIN."], title="The Lamp at Gull Point", author="Margaret Ames", debris=PG_DEBRIS,
 keep=["The wick wants trimming again, father", "if you will hold the lantern steady"])

case("pg-illustration-captions", pg("The Valley Line", "Henry Colbeck",
 '<h1>THE VALLEY LINE</h1>\n<h2>A HISTORY</h2>\n<h2>BY HENRY COLBECK</h2>\n<hr>\n'
 '<h2>CHAPTER I.</h2>\n<h3>THE OPENING OF THE LINE.</h3>\n' + p("rail", 0, 1) +
 '<div class="figcenter" style="width: 400px;"><img src="images/i012.jpg" width="400" height="250" alt="Kelby Station">\n<p class="caption">KELBY STATION IN 1880.</p></div>\n' + p("rail", 2) +
 '<h2>CHAPTER II.</h2>\n<h3>DECLINE.</h3>\n' + p("rail", 3) +
 '<div class="figcenter" style="width: 400px;"><img src="images/i031.jpg" width="400" height="250" alt="">\n<p class="caption"><i>The last train leaves Millbrook, 4th June 1962.</i></p></div>\n' + p("rail", 4, 5)),
 headings=["CHAPTER I. THE OPENING OF THE LINE.", "CHAPTER II. DECLINE."],
 not_headings=["KELBY STATION IN 1880.", "The last train leaves Millbrook, 4th June 1962."], title="The Valley Line", author="Henry Colbeck",
 debris=PG_DEBRIS, keep=[frag("rail", 0), frag("rail", 5)])

case("pg-contents-table", pg("The Keeper of Gull Point", "Margaret Ames",
 '<h1>THE KEEPER OF GULL POINT</h1>\n<h2>By MARGARET AMES</h2>\n<hr>\n<h2>CONTENTS</h2>\n<table summary="Contents" align="center">\n'
 '<tr><td><a href="#CHAPTER_I">CHAPTER I. THE LAMP</a></td><td align="right">1</td></tr>\n<tr><td><a href="#CHAPTER_II">CHAPTER II. THE STORM</a></td><td align="right">17</td></tr>\n'
 '<tr><td><a href="#CHAPTER_III">CHAPTER III. THE NEW LENS</a></td><td align="right">35</td></tr>\n</table>\n<hr>\n'
 '<h2><a name="CHAPTER_I"></a>CHAPTER I. THE LAMP</h2>\n' + p("novel", 0, 1, 2, 3) +
 '<h2><a name="CHAPTER_II"></a>CHAPTER II. THE STORM</h2>\n' + p("novel", 4, 5) +
 '<h2><a name="CHAPTER_III"></a>CHAPTER III. THE NEW LENS</h2>\n' + p("novel", 6, 7)),
 headings=["CHAPTER I. THE LAMP", "CHAPTER II. THE STORM", "CHAPTER III. THE NEW LENS"], optional=["CONTENTS"],
 title="The Keeper of Gull Point", author="Margaret Ames", debris=PG_DEBRIS, keep=[frag("novel", 6)])

case("pg-short-story-collection-h3-author", pg("Tales of the Western Shore", "Various",
 '<h1>TALES OF THE WESTERN SHORE</h1>\n<hr>\n'
 '<h2>THE KEEPER\'S DAUGHTER</h2>\n<h3>By Margaret Ames</h3>\n' + p("novel", 0, 1, 4, 5) +
 '<h2>THE DROVERS\' ROAD</h2>\n<h3>By Robert Lane</h3>\n' + p("walk", 0, 1, 2, 5)),
 headings=["THE KEEPER'S DAUGHTER", "THE DROVERS' ROAD"], not_headings=["By Margaret Ames", "By Robert Lane"],
 title="Tales of the Western Shore", debris=PG_DEBRIS, keep=["By Margaret Ames", "By Robert Lane"])

case("pg-letters-datelines", pg("Letters from the Valley", "Ann Tregarth",
 '<h1>LETTERS FROM THE VALLEY</h1>\n<h2>BY ANN TREGARTH</h2>\n<hr>\n'
 '<h2>LETTER I.</h2>\n<p class="right">Gull Point, <i>October 3rd, 1887.</i></p>\n<p>My dear Sister,</p>\n' + p("novel", 1, 2) + '<p class="right">Your loving sister,<br>ANN.</p>\n'
 '<h2>LETTER II.</h2>\n<p class="right">Gull Point, <i>November 9th, 1887.</i></p>\n<p>My dear Sister,</p>\n' + p("novel", 4, 5) + '<p class="right">Ever your own,<br>ANN.</p>\n'),
 headings=["LETTER I.", "LETTER II."], not_headings=["Gull Point, October 3rd, 1887.", "My dear Sister,", "Your loving sister,"],
 title="Letters from the Valley", author="Ann Tregarth", debris=PG_DEBRIS, keep=["Gull Point, October 3rd, 1887.", "Ever your own"])

# ---------------------------------------------------------------------------------------------
# 4. Newsletters
# ---------------------------------------------------------------------------------------------
case("newsletter-issue-articles", doc(
 '<table width="100%" bgcolor="#FFFFCC"><tr><td align="center"><font size="+3" face="Georgia"><b>THE TENANT VOICE</b></font><br>\n'
 '<font size="-1">Newsletter of the Northside Tenants Union &bull; Issue No. 14 &bull; Spring 2001</font></td></tr></table>\n'
 '<p><b>In This Issue:</b> Boiler Strike Wins! &middot; Garden News &middot; Letters</p>\n<hr>\n'
 '<h3>Boiler Strike Wins!</h3>\n<p><i>by Maria Kowalski</i></p>\n' + p("rent", 0, 4, 5) +
 '<h3>Garden News</h3>\n<p><i>by Luis Ortega</i></p>\n' + p("garden", 2, 3, 5) +
 '<h3>Letters</h3>\n<p>Dear Tenant Voice, I want to thank the union for helping my mother with her repairs. The landlord had ignored her for a year, and the inspector came within a week of your call. &mdash; <i>A. Moreno, Building 4</i></p>\n'
 '<hr>\n<p align="center"><font size="-1">The Tenant Voice is published four times a year by the Northside Tenants Union, 212 Tenth Street. '
 '<a href="archive.html">Back issues</a> | <a href="index.html">NTU home</a></font></p>',
 title="The Tenant Voice - Spring 2001"),
 headings=["Boiler Strike Wins!", "Garden News", "Letters"], optional=["In This Issue:"],
 not_headings=["by Maria Kowalski", "by Luis Ortega", "Newsletter of the Northside Tenants Union \u2022 Issue No. 14 \u2022 Spring 2001"],
 title_contains="Tenant Voice", debris=["Back issues", "NTU home"],
 keep=["I want to thank the union for helping my mother", frag("garden", 3)])

case("newsletter-calendar-datelines", doc(
 '<center><h1>Orchard Street Garden News</h1><b>June 2003</b></center>\n<hr>\n'
 '<h2>From the Committee</h2>\n' + p("garden", 4, 5) +
 '<h2>Upcoming Events</h2>\n<p><b>Saturday, June 14</b><br>Work day, 9 a.m. to noon. Bring gloves; we will be turning the compost and fixing the fence on the alley side.</p>\n'
 '<p><b>Sunday, June 22</b><br>Seed swap and potluck at 4 p.m. Mrs. Alvarez will bring her famous peppers.</p>\n'
 '<p><b>Saturday, July 12</b><br>Open day for the neighbourhood, with tours of the plots and a table for children to plant sunflowers.</p>\n'
 '<h2>Plot News</h2>\n' + p("garden", 1, 3),
 title="Garden News June 2003"),
 headings=["From the Committee", "Upcoming Events", "Plot News"], not_headings=["Saturday, June 14", "Sunday, June 22", "Saturday, July 12", "June 2003"],
 title_contains="Garden News", keep=["Seed swap and potluck at 4 p.m.", "Saturday, June 14"])

case("newsletter-pipermail-plaintext", doc(
 '<h1>[ntu-news] Tenant Voice e-bulletin #7</h1>\n<b>Maria Kowalski</b>\n<a href="mailto:ntu-news%40lists.example.org?Subject=%5Bntu-news%5D%20Tenant%20Voice%20e-bulletin%20%237" title="[ntu-news] Tenant Voice e-bulletin #7">mkowalski at example.org</a><br>\n'
 '<i>Tue Mar  6 21:14:02 EST 2001</i>\n<p><ul>\n<li>Previous message: <a href="000122.html">[ntu-news] Meeting moved to Thursday</a></li>\n<li>Next message: <a href="000124.html">[ntu-news] Boiler update</a></li>\n'
 '<li> <b>Messages sorted by:</b> <a href="date.html#123">[ date ]</a> <a href="thread.html#123">[ thread ]</a> <a href="subject.html#123">[ subject ]</a> <a href="author.html#123">[ author ]</a></li>\n</ul>\n<hr>\n<!--beginarticle-->\n'
 '<pre>Friends,\n\nHere is the seventh e-bulletin. Please forward it to anyone in the\nbuildings who is not yet on the list.\n\n'
 'BOILER UPDATE\n-------------\n\nThe contractor started work in Building 2 on Monday. The company says\nall six boilers will be done by the end of the month. We will believe\nit when we feel it, but this is the first time they have put a date\nin writing.\n\n'
 'NEXT MEETING\n------------\n\nThursday, March 15, 7 pm, in the laundromat basement as usual. We will\nvote on whether to keep the escrow account open until the work is\nfinished. Childcare will be provided.\n\n'
 'VOLUNTEERS WANTED\n-----------------\n\nWe need two people to help with the spring newsletter and one person\nwho can translate a leaflet into Polish. Reply to this message or\ncall the office.\n\nIn solidarity,\nMaria\n</pre>\n'
 '<!--endarticle-->\n<hr>\n<p><ul>\n<li>Previous message: <a href="000122.html">[ntu-news] Meeting moved to Thursday</a></li>\n<li>Next message: <a href="000124.html">[ntu-news] Boiler update</a></li>\n</ul>\n'
 '<hr>\n<a href="http://lists.example.org/mailman/listinfo/ntu-news">More information about the ntu-news mailing list</a><br>',
 title="[ntu-news] Tenant Voice e-bulletin #7"),
 headings=["BOILER UPDATE", "NEXT MEETING", "VOLUNTEERS WANTED"], title_contains="Tenant Voice e-bulletin #7", author="Maria Kowalski",
 debris=["Previous message", "Next message", "Messages sorted by", "More information about the ntu-news mailing list"],
 keep=["The contractor started work in Building 2 on Monday", "Childcare will be provided."])

case("newsletter-parish", doc(
 '<table width="100%" border="0"><tr><td><img src="church.gif" width="90"></td><td align="center"><font face="Times New Roman" size="6">St. Michael\'s Parish News</font><br><i>November 2002</i></td></tr></table>\n<hr>\n'
 '<p align="center"><b><font size="4">From the Vicar</font></b></p>\n<p>Dear Friends,</p>\n<p>As the nights draw in, I am reminded each year how much this parish depends on those who give their time without being asked. The lights on in the hall on a wet Tuesday evening are a kind of sermon in themselves.</p>\n'
 '<p>With every blessing,<br>Revd. Peter Hall</p>\n'
 '<p align="center"><b><font size="4">Roof Fund</font></b></p>\n' + p("church", 0, 1) +
 '<p align="center"><b><font size="4">Confirmation</font></b></p>\n' + p("church", 2) +
 '<p align="center"><b><font size="4">Parish Notices</font></b></p>\n' + p("church", 3, 4, 5) +
 '<p align="center"><font size="2">Items for the December issue to the Parish Office by the 20th please.</font></p>',
 title="Parish News"),
 headings=["From the Vicar", "Roof Fund", "Confirmation", "Parish Notices"], not_headings=["Dear Friends,", "November 2002"],
 title_contains="Parish News", keep=["Dear Friends,", "The lights on in the hall on a wet Tuesday evening", frag("church", 5)], author_not=["Dear Friends"])

case("newsletter-zine-loc", doc(
 '<center><font size="+2"><tt>STARDUST &amp; STATIC</tt></font><br><tt>a fanzine of sorts, #23, August 1997</tt></center>\n<hr>\n'
 '<h3>Editorial Natter</h3>\n' + p("zine", 0, 1, 2) + '<h3>Briefly Noted</h3>\n' + p("zine", 3) +
 '<h3>Con Report</h3>\n' + p("zine", 4) + '<h3>Letters of Comment</h3>\n'
 '<p><b>Deirdre Walsh writes:</b> Thanks for #22. I disagree entirely about the Brandt trilogy, but I enjoyed being annoyed, which I suppose is the point of a fanzine.</p>\n'
 '<p><b>Pete Sanderson writes:</b> Your con report made me wish I had gone. Next year, perhaps, if the trains allow.</p>\n' + p("zine", 5),
 title="Stardust & Static #23"),
 headings=["Editorial Natter", "Briefly Noted", "Con Report", "Letters of Comment"], not_headings=["Deirdre Walsh writes:", "Pete Sanderson writes:"],
 title_contains="Stardust", keep=["I disagree entirely about the Brandt trilogy", frag("zine", 5)])

# ---------------------------------------------------------------------------------------------
# 5. Table layouts with nav columns
# ---------------------------------------------------------------------------------------------
NAV_TD = ('<td width="160" valign="top" bgcolor="#003366"><font face="Verdana" size="2" color="#FFFFFF">\n'
          '<a href="index.html"><font color="#FFFFFF">Home</font></a><br>\n<a href="about.html"><font color="#FFFFFF">About the Society</font></a><br>\n'
          '<a href="history.html"><font color="#FFFFFF">Line History</font></a><br>\n<a href="photos.html"><font color="#FFFFFF">Photo Gallery</font></a><br>\n'
          '<a href="membership.html"><font color="#FFFFFF">Membership</font></a><br>\n<a href="links.html"><font color="#FFFFFF">Links</font></a><br>\n</font></td>\n')
case("table-left-nav-column", doc(
 '<table width="100%" border="0" cellpadding="8" cellspacing="0"><tr>\n' + NAV_TD +
 '<td valign="top"><font face="Verdana" size="2">\n<h2>The Millbrook Branch: A Short History</h2>\n' + p("rail", 0, 1) +
 '<h3>The Great Years</h3>\n' + p("rail", 2) + '<h3>Decline and Closure</h3>\n' + p("rail", 3, 4) + '<h3>The Line Today</h3>\n' + p("rail", 5) +
 '</font></td></tr></table>', title="Millbrook Railway Society - History"),
 headings=["The Great Years", "Decline and Closure", "The Line Today"], title="The Millbrook Branch: A Short History",
 debris=["About the Society", "Photo Gallery", "Membership"], keep=[frag("rail", 0), frag("rail", 5)])

case("table-right-sidebar", doc(
 '<table width="760" align="center" border="0"><tr><td valign="top" width="560">\n<h2>Growing Peppers in a Northern City</h2>\n<p><font size="2">by Luis Ortega</font></p>\n'
 + p("garden", 3, 2, 4) + '<p>Start the seeds indoors in March, on a sunny windowsill, and do not put the plants out until the nights stay above ten degrees. A cold week in May will set them back a month.</p>\n' + p("garden", 5) +
 '</td>\n<td valign="top" width="200" bgcolor="#EEFFEE"><p><b>Join our mailing list!</b></p><form action="/cgi-bin/subscribe.pl"><input name="email" size="14"><input type="submit" value="Subscribe"></form>\n'
 '<p><b>Donate</b><br>Help us pay for the water. <a href="donate.html">Give online</a></p>\n<p><b>Other articles</b><br><a href="compost.html">Compost for Beginners</a><br><a href="lead.html">Lead in City Soil</a></p></td></tr></table>',
 title="Orchard Street Garden | Growing Peppers in a Northern City"),
 headings=[], not_headings=["Join our mailing list!", "Donate", "Other articles"], title="Growing Peppers in a Northern City", author="Luis Ortega",
 debris=["Join our mailing list", "Give online", "Compost for Beginners"],
 keep=["Start the seeds indoors in March", frag("garden", 3)])

case("table-banner-and-footer-rows", doc(
 '<table width="100%" cellspacing="0" cellpadding="6" border="0">\n<tr><td colspan="2" bgcolor="#990000"><font color="#FFFFFF" size="5" face="Arial"><b>VALLEY WORKERS LEAGUE</b></font><br><font color="#FFFFFF" size="2">Socialism from below since 1996</font></td></tr>\n'
 '<tr><td colspan="2" bgcolor="#CCCCCC"><font size="2"><a href="index.html">Home</a> :: <a href="program.html">Program</a> :: <a href="paper.html">Our Paper</a> :: <a href="branches.html">Branches</a> :: <a href="join.html">Join the VWL</a></font></td></tr>\n'
 '<tr><td colspan="2">\n<h3>Wages, Prices and the Union Question</h3>\n<p><i>by Eleanor Marsh</i></p>\n' + p("wages", 0, 1, 2, 3, 4, 5) + '</td></tr>\n'
 '<tr><td colspan="2" bgcolor="#CCCCCC" align="center"><font size="1">&copy; 2001 Valley Workers League &middot; PO Box 77, Millbrook &middot; <a href="mailto:vwl@example.org">vwl@example.org</a></font></td></tr>\n</table>',
 title="VWL :: Wages, Prices and the Union Question"),
 headings=[], not_headings=["VALLEY WORKERS LEAGUE", "Socialism from below since 1996"], title="Wages, Prices and the Union Question", author="Eleanor Marsh",
 debris=["Socialism from below since 1996", "Join the VWL", "Our Paper", "2001 Valley Workers League"],
 keep=[frag("wages", 0), frag("wages", 5)])

case("table-title-cell-font", doc(
 '<table width="600" align="center" border="0" cellpadding="10"><tr><td bgcolor="#000066" align="center"><font color="#FFFF00" size="5" face="Arial"><b>My Grandfather\'s War</b></font></td></tr>\n'
 '<tr><td><font face="Arial" size="2">\n' + p("war", 0, 1) + '<p><font size="3"><b>The Diary</b></font></p>\n' + p("war", 2, 3) +
 '<p><font size="3"><b>Coming Home</b></font></p>\n' + p("war", 4, 5) + '</font></td></tr>\n'
 '<tr><td align="center"><font size="1"><a href="index.html">[Home]</a> <a href="diary.html">[The Diary]</a> <a href="guestbook.html">[Guestbook]</a></font></td></tr></table>',
 title="grandad"),
 headings=["The Diary", "Coming Home"], title="My Grandfather's War", debris=["[Guestbook]", "[Home]"], keep=[frag("war", 0), frag("war", 5)])

case("table-two-column-article-list", doc(
 '<table width="100%"><tr><td width="25%" valign="top" bgcolor="#F0F0F0"><b>Recent Articles</b><ul>\n<li><a href="a1.html">The Boiler Strike of 1998</a></li><li><a href="a2.html">Know Your Rights</a></li><li><a href="a3.html">Stadium Deal</a></li></ul>\n'
 '<b>Search</b><form action="/cgi-bin/search"><input name="q"></form></td>\n<td valign="top">\n<h1>When the Landlord Sells</h1>\n<p>by Dana Whitfield &middot; posted May 2, 2004</p>\n'
 + p("rent", 2, 3) + '<p>When a building is sold, your lease goes with it. The new owner must honour its terms until it expires, including the rent, and cannot demand a new deposit.</p>\n'
 '<p>Ask the new owner, in writing, for the name and address of the person responsible for repairs. Keep every letter you receive from the old and new owners together in one folder.</p>\n'
 + p("rent", 5) + '</td></tr></table>', title="NTU :: When the Landlord Sells"),
 headings=[], not_headings=["Recent Articles", "Search"], title="When the Landlord Sells", author="Dana Whitfield",
 debris=["Recent Articles", "Stadium Deal"], keep=["When a building is sold, your lease goes with it", "Keep every letter you receive"])

# ---------------------------------------------------------------------------------------------
# 6. GeoCities / Tripod / Angelfire
# ---------------------------------------------------------------------------------------------
case("geo-guestbook-counter", doc(
 '<body background="stars.gif" bgcolor="#000000" text="#FFFFFF" link="#FFFF00">\n<center><marquee>Welcome to my homepage!!!</marquee></center>\n'
 '<center><h1><font color="#FF9900">Tales from the Night Shift</font></h1></center>\n' + p("union", 1, 2) +
 '<p>I worked nights for six years, and I can tell you that the break room at 3 a.m. is the most honest place in America. Nobody is pretending at 3 a.m.</p>\n' + p("union", 3, 4, 5) +
 '<center><a href="guestbook.html"><img src="sign.gif" alt="Sign My Guestbook"></a> <a href="viewbook.html"><img src="view.gif" alt="View My Guestbook"></a><br>\n'
 '<font size="2">You are visitor #<img src="http://www.geocities.com/cgi-bin/counter/Heartland/Plains/4411"> since 7/4/98</font><br>\n'
 '<font size="1">This page hosted by <a href="http://www.geocities.com/">GeoCities</a> <img src="geoicon.gif"> Get your own <a href="http://www.geocities.com/join/">Free Home Page</a></font></center>',
 title="Rick's Page"),
 headings=[], title="Tales from the Night Shift",
 debris=["Welcome to my homepage", "Sign My Guestbook", "You are visitor", "Free Home Page", "hosted by"],
 keep=["the break room at 3 a.m. is the most honest place in America", frag("union", 5)])

POEM_GEO = lambda t, lines: (f'<p align="center"><b><font size="4" color="#660099">{t}</font></b></p>\n<p align="center">' + "<br>\n".join(lines) + '</p>\n'
                             '<p align="center"><font size="1">&copy; 1998 Jenny Walsh</font></p>\n<p align="center"><img src="divider.gif"></p>\n')
case("geo-poems-centred-titles", doc(
 '<center><font size="+3" face="Comic Sans MS" color="#660099">Jenny\'s Poetry Corner</font></center>\n'
 '<p>Welcome! These are some poems I wrote over the last few years. Some of them are sad and some are happy, like life I guess. Please do not copy them without asking me first.</p>\n'
 + POEM_GEO("Rain on Tenth Street", ["The rain comes down on Tenth Street", "and the gutters sing like choirs,", "and my mother at the window", "counts the cars and counts the fires."])
 + POEM_GEO("Laundromat, 3 A.M.", ["Somebody's socks go round and round,", "somebody's sheets, somebody's shirt;", "the only light in the whole of town", "is washing somebody's dirt."])
 + POEM_GEO("For My Grandmother", ["You kept the peppers' seeds in jars", "and labelled every one,", "and planted them beneath the stars", "and waited for the sun."])
 + '<p align="center"><a href="mailto:jenny_w@hotmail.com">E-mail me!</a> | <a href="index.html">Back to my main page</a></p>',
 title="Jenny's Poetry Corner"),
 headings=["Rain on Tenth Street", "Laundromat, 3 A.M.", "For My Grandmother"], not_headings=["\u00a9 1998 Jenny Walsh", "Welcome!"],
 author="Jenny Walsh", debris=["E-mail me!", "Back to my main page", "jenny_w@hotmail.com"],
 keep=["The rain comes down on Tenth Street", "and waited for the sun.", "These are some poems I wrote over the last few years"])

case("geo-tripod-ad-banner", doc(
 '<!-- BEGIN TRIPOD BANNER -->\n<center><table border="0" bgcolor="#EEEEEE"><tr><td><font size="1" face="Arial"><a href="http://www.tripod.com/">Tripod</a> | <a href="http://build.tripod.lycos.com/">Build your own free site</a> | '
 '<a href="http://www.lycos.com/">Search the Web with Lycos</a></font></td></tr></table></center>\n<!-- END TRIPOD BANNER -->\n'
 '<h1>Walking the Drovers\' Road</h1>\n' + p("walk", 0, 1, 2, 3, 4, 5) + '<p><a href="wales2.html">Part two: the Cambrian Way &gt;&gt;</a></p>\n',
 title="Walking the Drovers' Road"),
 headings=[], title="Walking the Drovers' Road", debris=["Build your own free site", "Search the Web with Lycos", "Part two: the Cambrian Way"],
 keep=[frag("walk", 0), frag("walk", 5)])

case("geo-angelfire-footer-awards", doc(
 '<h2 align="center">The Amiga Years</h2>\n<p align="center"><i>A memoir of the BBS days, by "Sysop Steve" (Steve Marchetti)</i></p>\n'
 + p("bbs", 0, 1, 2, 3, 4, 5) +
 '<hr>\n<center><img src="award1.gif" alt="Cool Site of the Week"> <img src="award2.gif" alt="Retro Award 1999"></center>\n'
 '<center><font size="1">This page has been visited <b>3,812</b> times. Last modified on Sunday, 14-Mar-1999.<br><a href="http://www.angelfire.com/">Angelfire -- Free Home Pages</a></font></center>',
 title="The Amiga Years"),
 headings=[], title="The Amiga Years", debris=["This page has been visited", "Last modified on", "Free Home Pages", "Cool Site of the Week"],
 keep=[frag("bbs", 0), frag("bbs", 5)])

case("geo-family-history-sections", doc(
 '<center><img src="flag.gif"><h1>The Tregarth Family of Cornwall</h1><font size="2">Compiled by William Tregarth</font></center>\n<hr>\n'
 '<p>This page collects what I have found about my father\'s family, who kept the light at Gull Point for three generations. Corrections and additions are very welcome.</p>\n'
 '<h2>Samuel Tregarth (1801-1869)</h2>\n<p>Samuel was born at St. Ives and went to sea at twelve. He was appointed keeper at Gull Point in 1838, when the first light was built, and kept it for thirty years.</p>\n<p>He married Jane Polglase in 1830. They had seven children, of whom four lived to adulthood.</p>\n'
 '<h2>John Tregarth (1841-1912)</h2>\n' + p("novel", 1) + '<p>John married Elizabeth Hocking in 1866. Their daughter Martha, born 1868, is the heroine of the family story about the great storm.</p>\n'
 '<h2>Martha Tregarth (1868-1940)</h2>\n' + p("novel", 5, 6) +
 '<hr>\n<p align="center"><a href="index.html">Back to the Tregarth Genealogy Home Page</a><br><a href="mailto:wtregarth@aol.com">wtregarth@aol.com</a></p>',
 title="Tregarth Family"),
 headings=["Samuel Tregarth (1801-1869)", "John Tregarth (1841-1912)", "Martha Tregarth (1868-1940)"],
 title="The Tregarth Family of Cornwall", author="William Tregarth", debris=["Back to the Tregarth Genealogy Home Page", "wtregarth@aol.com"],
 keep=["He married Jane Polglase in 1830.", frag("novel", 6)])

# ---------------------------------------------------------------------------------------------
# 7. FrontPage-generated pages
# ---------------------------------------------------------------------------------------------
FP_HEAD = ('<meta http-equiv="Content-Language" content="en-us">\n<meta name="GENERATOR" content="Microsoft FrontPage 4.0">\n'
           '<meta name="ProgId" content="FrontPage.Editor.Document">\n<meta name="Microsoft Theme" content="expeditn 011, default">\n<meta name="Microsoft Border" content="tlb, default">\n')
case("fp-navbar-timestamp", doc(
 '<p align="center"><font size="2">[ <a href="../index.htm">Home</a> ] [ <a href="index.htm">Up</a> ] [ <a href="events.htm">Events</a> ] [ <a href="minutes.htm">Minutes</a> ]</font></p>\n'
 '<h1 align="center"><font face="Arial">History of the Co-op</font></h1>\n' + p("coop", 0, 1) + '<h2><font face="Arial" color="#800000">The Coffee Dispute</font></h2>\n' + p("coop", 3) +
 '<h2><font face="Arial" color="#800000">Moving House</font></h2>\n' + p("coop", 4, 5) +
 '<hr>\n<p><font size="1">This page was last edited on <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%m/%d/%y" startspan -->04/11/01<!--webbot bot="Timestamp" endspan i-checksum="12606" -->.</font></p>',
 title="History of the Co-op", head=FP_HEAD),
 headings=["The Coffee Dispute", "Moving House"], title="History of the Co-op", debris=["[ Home ]", "This page was last edited on"],
 keep=[frag("coop", 0), frag("coop", 5)])

case("fp-default-title-new-page", doc(
 '<p align="center"><b><font size="5" face="Times New Roman">The Case for Orbital Bus Routes</font></b></p>\n<p align="center"><font size="3">Rachel Green, Transport Action Group</font></p>\n'
 + p("transit", 0, 1, 2, 3, 4, 5), title="New Page 1", head=FP_HEAD),
 headings=[], title="The Case for Orbital Bus Routes", author="Rachel Green", not_headings=["Rachel Green, Transport Action Group"],
 keep=[frag("transit", 0), frag("transit", 5)])

case("fp-shared-border-footer", doc(
 '<table border="0" width="100%"><tr><td><p align="center"><img src="_derived/index.htm_cmp_expeditn010_bnr.gif" width="600" height="60" border="0" alt="Calder Watch"></p>'
 '<p align="center"><a href="index.htm"><img src="_derived/home_cmp_expeditn010_hbtn.gif" alt="Home"></a> <a href="news.htm">News</a> <a href="samples.htm">Samples</a> <a href="feedback.htm">Feedback</a></p></td></tr></table>\n'
 '<h2>Sampling Day Report, May 2000</h2>\n<p>Twelve volunteers turned out on Sunday despite the drizzle, and all five points were sampled before eleven o\'clock.</p>\n' + p("river", 2, 4) +
 '<p>The reading below the weir was the best we have ever recorded, and two of the younger volunteers saw what they swear was a kingfisher.</p>\n' + p("river", 5) +
 '<table border="0" width="100%"><tr><td><h5>Send mail to <a href="mailto:info@calderwatch.org.uk">info@calderwatch.org.uk</a> with questions or comments about this web site.<br>\n'
 'Copyright &copy; 2000 Calder Watch<br>\nLast modified: May 22, 2000</h5></td></tr></table>',
 title="Sampling Day Report, May 2000", head=FP_HEAD),
 headings=[], title="Sampling Day Report, May 2000",
 debris=["with questions or comments about this web site", "Copyright \u00a9 2000 Calder Watch", "Last modified: May 22, 2000", "Feedback"],
 keep=["Twelve volunteers turned out on Sunday despite the drizzle", "swear was a kingfisher"])

case("fp-headings-with-fonts-and-anchors", doc(
 '<h1><font face="Verdana" color="#000080">Frequently Asked Questions</font></h1>\n<p>These are the questions we are asked most often at the Tuesday clinic. If yours is not here, come and ask us in person.</p>\n'
 '<h3><a name="deposit"></a><font face="Verdana">Can my landlord keep my deposit?</font></h3>\n<p>Only for unpaid rent or damage beyond normal wear and tear. The landlord must return the deposit, or a written list of deductions, within thirty days of the end of your tenancy.</p>\n'
 '<p align="right"><a href="#top"><font size="1">Back to top</font></a></p>\n'
 '<h3><a name="repairs"></a><font face="Verdana">Who pays for repairs?</font></h3>\n<p>The landlord pays for repairs to the structure and to the heating, water and electrical systems. You pay for damage that you or your guests cause.</p>\n'
 '<p align="right"><a href="#top"><font size="1">Back to top</font></a></p>\n'
 '<h3><a name="pets"></a><font face="Verdana">Can I keep a cat?</font></h3>\n<p>Read your lease. If it says nothing about pets, the landlord cannot add a ban in the middle of the tenancy, but a clause in the lease will usually be upheld.</p>\n'
 '<p align="right"><a href="#top"><font size="1">Back to top</font></a></p>\n',
 title="FAQ", head=FP_HEAD),
 headings=["Can my landlord keep my deposit?", "Who pays for repairs?", "Can I keep a cat?"], title="Frequently Asked Questions",
 debris=["Back to top"], keep=["Only for unpaid rent or damage beyond normal wear and tear", "Read your lease."])

# ---------------------------------------------------------------------------------------------
# 8. Word-exported HTML
# ---------------------------------------------------------------------------------------------
WORD_HEAD = ('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 9">\n<meta name=Originator content="Microsoft Word 9">\n'
             '<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Owner</o:Author>\n  <o:LastAuthor>Owner</o:LastAuthor>\n  <o:Revision>3</o:Revision>\n  <o:Created>2001-02-11T14:02:00Z</o:Created>\n  <o:Company>Home</o:Company>\n </o:DocumentProperties>\n</xml><![endif]-->\n'
             '<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-parent:""; margin:0in; font-size:12.0pt; font-family:"Times New Roman";}\n@page Section1 {size:8.5in 11.0in;}\ndiv.Section1 {page:Section1;}\n-->\n</style>\n')
W = lambda key, *i: p(key, *i, tag="<p class=MsoNormal>{}<o:p></o:p></p>\n\n<p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>")
case("word-msonormal-bold-headings", doc(
 '<div class=Section1>\n<p class=MsoNormal align=center style=\'text-align:center\'><b><span style=\'font-size:16.0pt\'>Orbital Routes for the Outer Estates<o:p></o:p></span></b></p>\n'
 '<p class=MsoNormal align=center style=\'text-align:center\'>A discussion paper by Rachel Green<o:p></o:p></p>\n'
 '<p class=MsoNormal><b>Background<o:p></o:p></b></p>\n' + W("transit", 0, 1) + '<p class=MsoNormal><b>The Proposal<o:p></o:p></b></p>\n' + W("transit", 2) +
 '<p class=MsoNormal><b>Costs<o:p></o:p></b></p>\n' + W("transit", 3, 4) + '<p class=MsoNormal><b>Recommendation<o:p></o:p></b></p>\n' + W("transit", 5) + '</div>',
 title="Orbital Routes for the Outer Estates", head=WORD_HEAD),
 headings=["Background", "The Proposal", "Costs", "Recommendation"], title="Orbital Routes for the Outer Estates", author="Rachel Green",
 not_headings=["A discussion paper by Rachel Green"], debris=["Owner"], keep=[frag("transit", 0), frag("transit", 5)])

case("word-heading-styles-toc", doc(
 '<div class=Section1>\n<p class=MsoTitle>Annual Report 2001<o:p></o:p></p>\n<p class=MsoSubtitle>Riverside Food Co-operative<o:p></o:p></p>\n'
 '<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc512345601">1. Introduction<span style=\'color:windowtext;display:none\'>. </span><span style=\'color:windowtext;display:none\'>1</span></a></span><o:p></o:p></p>\n'
 '<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc512345602">2. The Shop<span style=\'display:none\'>2</span></a></span><o:p></o:p></p>\n'
 '<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc512345603">3. The Year Ahead<span style=\'display:none\'>3</span></a></span><o:p></o:p></p>\n'
 '<h1><a name="_Toc512345601">1. Introduction</a></h1>\n' + W("coop", 0, 5) + '<h1><a name="_Toc512345602">2. The Shop</a></h1>\n' + W("coop", 1, 2, 4) +
 '<h1><a name="_Toc512345603">3. The Year Ahead</a></h1>\n<p class=MsoNormal>The committee proposes to extend the opening hours to include Saturday mornings from September, and to look for a second delivery van.<o:p></o:p></p>\n</div>',
 title="Annual Report 2001", head=WORD_HEAD),
 headings=["1. Introduction", "2. The Shop", "3. The Year Ahead"], title="Annual Report 2001", not_headings=["Riverside Food Co-operative"],
 keep=["The committee proposes to extend the opening hours", frag("coop", 4)])

case("word-bold-run-in-recommendations", doc(
 '<div class=Section1>\n<p class=MsoNormal align=center style=\'text-align:center\'><b>Response to the Draft Local Transport Plan<o:p></o:p></b></p>\n' + W("transit", 0, 1) +
 '<p class=MsoNormal><b>Recommendation 1:</b> The authority should publish passenger figures for every route each month, in a form the public can read.<o:p></o:p></p>\n'
 '<p class=MsoNormal><b>Recommendation 2:</b> A pilot orbital route should run from the Moor estate to the hospital from September.<o:p></o:p></p>\n'
 '<p class=MsoNormal><b>Recommendation 3:</b> Fares on the pilot route should be held at the level of the existing city routes for the first year.<o:p></o:p></p>\n'
 + W("transit", 4) + '<p class=MsoNormal>Transport Action Group<o:p></o:p></p>\n<p class=MsoNormal>February 2001<o:p></o:p></p>\n</div>',
 title="Response to the Draft Local Transport Plan", head=WORD_HEAD),
 headings=[], not_headings=["Recommendation 1:", "Transport Action Group", "February 2001"], title="Response to the Draft Local Transport Plan",
 keep=["The authority should publish passenger figures for every route each month", "Fares on the pilot route should be held"])

case("word-author-property-vs-byline", doc(
 '<div class=Section1>\n<h1>What the Night Shift Taught Me</h1>\n<p class=MsoNormal><i>By Rosa Delgado<o:p></o:p></i></p>\n' + W("union", 1, 2, 3) +
 '<p class=MsoNormal>When they fired me, I thought it was over. I went home and cried in the car for an hour. The next morning my phone rang at six, and it was Denise from receiving, telling me to turn on the news.<o:p></o:p></p>\n' + W("union", 5) + '</div>',
 title="What the Night Shift Taught Me", head=WORD_HEAD.replace("<o:Author>Owner</o:Author>", "<o:Author>HP Authorized Customer</o:Author>")),
 headings=[], title="What the Night Shift Taught Me", author="Rosa Delgado", debris=["HP Authorized Customer"],
 keep=["When they fired me, I thought it was over.", frag("union", 5)])

case("word-underlined-headings", doc(
 '<div class=Section1>\n<p class=MsoNormal align=center style=\'text-align:center\'><b><u>MINUTES OF THE ANNUAL GENERAL MEETING<o:p></o:p></u></b></p>\n'
 '<p class=MsoNormal align=center style=\'text-align:center\'>Millbrook Railway Society, held at the Station House, Kelby, 14 October 2000<o:p></o:p></p>\n'
 '<p class=MsoNormal><u>Present</u><o:p></o:p></p>\n<p class=MsoNormal>Twenty-three members, with the Chairman, Mr. D. Price, presiding.<o:p></o:p></p>\n'
 '<p class=MsoNormal><u>Chairman\'s Report</u><o:p></o:p></p>\n' + W("rail", 5) + '<p class=MsoNormal>The Chairman thanked the working party, who had cleared the trackbed between Kelby and Stoke Marsh over eleven Saturdays.<o:p></o:p></p>\n'
 '<p class=MsoNormal><u>Treasurer\'s Report</u><o:p></o:p></p>\n<p class=MsoNormal>The Society ended the year with funds of &pound;3,412, of which &pound;2,000 is set aside for the signal box appeal. Subscriptions will remain at &pound;8.<o:p></o:p></p>\n'
 '<p class=MsoNormal><u>Any Other Business</u><o:p></o:p></p>\n<p class=MsoNormal>Mrs. Hale asked whether the photographic collection could be put on the Society\'s web site. The committee agreed to look into it.<o:p></o:p></p>\n</div>',
 title="AGM Minutes 2000", head=WORD_HEAD),
 headings=["Present", "Chairman's Report", "Treasurer's Report", "Any Other Business"], title="Minutes of the Annual General Meeting",
 not_headings=["Millbrook Railway Society, held at the Station House, Kelby, 14 October 2000"],
 keep=["The Society ended the year with funds of", "The committee agreed to look into it."])

# ---------------------------------------------------------------------------------------------
# 9. Blogs
# ---------------------------------------------------------------------------------------------
case("blog-blogger-permalink", doc(
 '<div id="header"><h1 id="blog-title"><a href="http://riverwatcher.blogspot.com/">River Watcher</a></h1><p id="description">Notes from the banks of the Calder</p></div>\n'
 '<div id="main"><h2 class="date-header">Tuesday, March 14, 2006</h2>\n<div class="post"><h3 class="post-title">Kingfisher at the Weir</h3>\n<div class="post-body">\n'
 '<p>I saw it again this morning, just below the weir where the old dye works outfall used to be: a flash of blue, low over the water, and then gone into the alders.</p>\n'
 + p("river", 0, 4) + '<p>Twenty years ago I would not have believed that this river could carry a kingfisher. I am not sure I believe it now, and I am going back tomorrow with a camera.</p>\n'
 '</div>\n<p class="post-footer"><em>posted by Ann Pryce at 7:42 AM</em> | <a href="#comments">3 comments</a> <a href="http://www.blogger.com/email-post.g?blogID=1234&amp;postID=5678" title="Email Post">&#9993;</a></p></div>\n'
 '<div id="comments"><h4>3 Comments:</h4><p>Lovely! We saw one near Sowerby Bridge last spring too.</p><p class="comment-timestamp">Anonymous said... 9:15 AM</p></div>\n'
 '<p><a href="http://riverwatcher.blogspot.com/">&lt;&lt; Home</a></p></div>\n'
 '<div id="sidebar"><h2 class="sidebar-title">Previous Posts</h2><ul><li><a href="p1.html">Sampling day</a></li><li><a href="p2.html">Storm overflow again</a></li></ul>\n'
 '<h2 class="sidebar-title">Archives</h2><ul><li><a href="2006_02.html">February 2006</a></li><li><a href="2006_03.html">March 2006</a></li></ul>\n'
 '<p id="powered-by"><a href="http://www.blogger.com"><img src="http://buttons.blogger.com/bloggerbutton1.gif" alt="Powered by Blogger"></a></p></div>',
 title="River Watcher: Kingfisher at the Weir"),
 headings=[], optional=["3 Comments:"], not_headings=["Tuesday, March 14, 2006", "Previous Posts", "Archives"], title="Kingfisher at the Weir",
 debris=["posted by Ann Pryce at", "Previous Posts", "Storm overflow again", "Powered by Blogger", "<< Home"],
 keep=["I saw it again this morning, just below the weir", "I am going back tomorrow with a camera"])

case("blog-wordpress-single", doc(
 '<div id="page"><div id="header"><h1><a href="http://bbsmemories.example.net/">BBS Memories</a></h1><div class="description">Just another WordPress weblog</div></div>\n'
 '<div id="content" class="widecolumn"><div class="navigation"><div class="alignleft">&laquo; <a href="../modems/">Modems I Have Loved</a></div><div class="alignright"><a href="../fidonet/">FidoNet Nights</a> &raquo;</div></div>\n'
 '<div class="post" id="post-42"><h2><a href="http://bbsmemories.example.net/2008/03/the-pharmacists-board/" rel="bookmark">The Pharmacist&#8217;s Board</a></h2>\n<small>March 3rd, 2008 by Steve Marchetti</small>\n<div class="entry">\n'
 + p("bbs", 1, 2) + '<h3>The Sysop</h3>\n<p>His name was Mr. Abernathy, and he ran the board from his spare bedroom above the shop. Once a year he held a picnic for the users, and that is how I first saw what my friends looked like.</p>\n' + p("bbs", 3) +
 '<h3>The End</h3>\n' + p("bbs", 5) +
 '</div>\n<p class="postmetadata">Posted in <a href="/category/memories/">Memories</a> | <a href="#respond">Leave a Comment &raquo;</a></p></div>\n'
 '<h3 id="comments">2 Responses to &#8220;The Pharmacist&#8217;s Board&#8221;</h3>\n<ol class="commentlist"><li><cite>Dave</cite> Says:<br><small>March 4th, 2008 at 10:12 am</small><p>I remember that board! Node 1 was always busy.</p></li></ol>\n'
 '<h3 id="respond">Leave a Reply</h3><form action="/wp-comments-post.php"><p>You must be logged in to post a comment.</p></form></div>\n'
 '<div id="footer"><p>BBS Memories is proudly powered by <a href="http://wordpress.org/">WordPress</a><br><a href="feed:http://bbsmemories.example.net/feed/">Entries (RSS)</a> and <a href="feed:http://bbsmemories.example.net/comments/feed/">Comments (RSS)</a>.</p></div></div>',
 title="BBS Memories &raquo; Blog Archive &raquo; The Pharmacist&#8217;s Board"),
 headings=["The Sysop", "The End"], optional=["2 Responses to \u201cThe Pharmacist\u2019s Board\u201d"], not_headings=["March 3rd, 2008 by Steve Marchetti", "Just another WordPress weblog"],
 title="The Pharmacist\u2019s Board", author="Steve Marchetti",
 debris=["Just another WordPress weblog", "Modems I Have Loved", "Leave a Comment", "proudly powered by", "Entries (RSS)", "Leave a Reply", "You must be logged in"],
 keep=["His name was Mr. Abernathy", frag("bbs", 5)])

case("blog-livejournal-entry", doc(
 '<table width="100%"><tr><td><font size="+1"><b>walkingwales</b></font> (<a href="profile">userinfo</a>) wrote,<br><font size="-1">@ 2004-05-02 21:40:00</font></td></tr></table>\n'
 '<table><tr><td><b>Current mood:</b></td><td>tired</td></tr><tr><td><b>Current music:</b></td><td>Gorky\'s Zygotic Mynci</td></tr></table>\n'
 '<div class="entry"><font size="+1"><b>Day three: the hostel at Dinas</b></font><br><br>\n' + p("walk", 2, 3) + '<p>Tomorrow the forecast is for rain again, so I will probably take the valley road instead of the ridge. The Dutch couple are going over the top regardless.</p>\n' + p("walk", 4) + '</div>\n'
 '<p>(<a href="reply">Post a new comment</a>)</p>\n<p><a href="prev">Previous Entry</a> | <a href="tell">Tell a Friend!</a> | <a href="memories">Add to Memories</a> | <a href="next">Next Entry</a></p>',
 title="walkingwales: Day three: the hostel at Dinas"),
 headings=[], title="Day three: the hostel at Dinas",
 debris=["Post a new comment", "Previous Entry", "Tell a Friend!", "Add to Memories", "(userinfo)"],
 keep=["Tomorrow the forecast is for rain again", frag("walk", 4)])

case("blog-movable-type-sections-strong", doc(
 '<div id="banner"><h1><a href="/">Chalk Dust</a></h1><h2>a teacher\'s notebook</h2></div>\n<div class="content">\n<h2 class="date">May 18, 2005</h2>\n'
 '<h3 class="title">Twenty-Two Years</h3>\n' + p("school", 0, 1) + '<p><strong>On inspection</strong></p>\n' + p("school", 3, 4) + '<p><strong>On leaving</strong></p>\n' + p("school", 5) +
 '<p class="posted">Posted by Mr. K at 10:14 PM | <a href="/archives/000212.html#comments">Comments (5)</a> | <a href="/mt/mt-tb.cgi?__mode=view&amp;entry_id=212">TrackBack (0)</a></p>\n</div>',
 title="Chalk Dust: Twenty-Two Years"),
 headings=["On inspection", "On leaving"], not_headings=["May 18, 2005", "a teacher's notebook"], title="Twenty-Two Years",
 debris=["TrackBack (0)", "Comments (5)", "Posted by Mr. K"], keep=[frag("school", 0), frag("school", 5)])

# ---------------------------------------------------------------------------------------------
# 10. Headings set as paragraphs, and heading shapes
# ---------------------------------------------------------------------------------------------
case("p-b-headings-plain", doc(
 '<p><b><font size="4">Ten Years of Calder Watch</font></b></p>\n' + p("river", 0) +
 '<p><b>How It Started</b></p>\n' + p("river", 1, 2) + '<p><b>The Breakthrough</b></p>\n' + p("river", 3, 4) + '<p><b>The Next Campaign</b></p>\n' + p("river", 5),
 title="Ten Years of Calder Watch"),
 headings=["How It Started", "The Breakthrough", "The Next Campaign"], title="Ten Years of Calder Watch", keep=[frag("river", 0)])

case("p-center-b-part-headings", doc(
 '<p align="center"><font size="5"><b>THE PEMBERTON STRIKE</b></font></p>\n<p align="center"><i>by Joseph Harland</i></p>\n'
 '<p align="center"><b>PART ONE</b></p>\n' + p("mill", 0, 1, 2) + '<p align="center"><b>PART TWO</b></p>\n' + p("mill", 3, 4, 5),
 title="The Pemberton Strike"),
 headings=["PART ONE", "PART TWO"], title="The Pemberton Strike", author="Joseph Harland", keep=[frag("mill", 0), frag("mill", 5)])

case("numbered-bold-sections", doc(
 '<h2>Notes on Organising a Building</h2>\n<p>These notes were put together for new volunteers. They are not rules; every building is different.</p>\n'
 '<p><b>1. Start with a list</b></p>\n<p>Get the names of everyone in the building, from the mailboxes if nothing else. Mark who you have spoken to and what they said.</p>\n<p>Do not rely on the building\'s own committee, if it has one. Such committees are often close to the management.</p>\n'
 '<p><b>2. Find the issue</b></p>\n' + p("rent", 2) + '<p><b>3. Hold the first meeting</b></p>\n' + p("rent", 1) + '<p><b>4. Keep records</b></p>\n<p>Write down every complaint, every letter and every promise. Landlords count on tenants forgetting.</p>\n',
 title="Organising Notes"),
 headings=["1. Start with a list", "2. Find the issue", "3. Hold the first meeting", "4. Keep records"], title="Notes on Organising a Building",
 keep=["Get the names of everyone in the building", "Landlords count on tenants forgetting."])

case("h4-only-sections", doc(
 '<h2>The Walk, Day by Day</h2>\n' + p("walk", 0) + '<h4>Day One: Machynlleth to Aberhosan</h4>\n' + p("walk", 1) +
 '<h4>Day Two: Lost on the Hill</h4>\n' + p("walk", 2) + '<h4>Day Three: Dinas</h4>\n' + p("walk", 3, 4) + '<h4>Day Five: Llanidloes</h4>\n' + p("walk", 5),
 title="The Walk, Day by Day"),
 headings=["Day One: Machynlleth to Aberhosan", "Day Two: Lost on the Hill", "Day Three: Dinas", "Day Five: Llanidloes"], title="The Walk, Day by Day",
 keep=[frag("walk", 0)])

case("mixed-h2-h3-levels", doc(
 '<h1>A Guide to the Valley Line Walk</h1>\n' + p("rail", 0) +
 '<h2>Part 1: Ashford Junction to Kelby</h2>\n' + p("rail", 1) + '<h3>Kelby Station</h3>\n' + p("rail", 5) +
 '<h2>Part 2: Kelby to Millbrook</h2>\n' + p("rail", 2) + '<h3>Stoke Marsh Weir</h3>\n<p>The weir is a good place for lunch. In summer the pool below it is deep enough to swim, though the current is stronger than it looks.</p>\n'
 '<h3>Millbrook</h3>\n' + p("rail", 4), title="Valley Line Walk"),
 headings=["Part 1: Ashford Junction to Kelby", "Kelby Station", "Part 2: Kelby to Millbrook", "Stoke Marsh Weir", "Millbrook"],
 title="A Guide to the Valley Line Walk", keep=["The weir is a good place for lunch."])

case("anchored-sections-back-to-top", doc(
 '<a name="top"></a><h2>Tenants\' Handbook</h2>\n<p><a href="#s1">Deposits</a> | <a href="#s2">Repairs</a> | <a href="#s3">Rent Increases</a></p>\n'
 '<h3><a name="s1">Deposits</a></h3>\n<p>Your deposit must be returned within thirty days of the end of the tenancy, with a written list of any deductions.</p>\n<p>Take photographs of every room on the day you move in and the day you move out.</p>\n'
 '<p><a href="#top">[Back to top]</a></p>\n<h3><a name="s2">Repairs</a></h3>\n' + p("rent", 2, 4) + '<p><a href="#top">[Back to top]</a></p>\n'
 '<h3><a name="s3">Rent Increases</a></h3>\n<p>A landlord must give at least one month\'s written notice of a rent increase, and may not raise the rent more than once a year.</p>\n<p>If the increase seems excessive, you may ask the rent board to review it.</p>\n<p><a href="#top">[Back to top]</a></p>\n',
 title="Tenants' Handbook"),
 headings=["Deposits", "Repairs", "Rent Increases"], title="Tenants' Handbook", debris=["[Back to top]"],
 keep=["Take photographs of every room on the day you move in", "you may ask the rent board to review it"])

case("interview-speaker-labels", doc(
 '<h2>"We Answered with Each Other": An Interview with Rosa Delgado</h2>\n<p><i>Interview by Dana Whitfield, March 2003</i></p>\n'
 '<p>Rosa Delgado was fired from the distribution centre in 2000 for wearing a union badge. She is now a full-time organiser.</p>\n'
 '<p><b>DW:</b> What happened the morning after you were fired?</p>\n<p><b>RD:</b> I came in to get my things, and the whole shift was wearing my badge. Two hundred people. I could not speak.</p>\n'
 '<p><b>DW:</b> Did the company back down?</p>\n<p><b>RD:</b> Not that day. It took eight months and a labour board hearing. But after that morning I knew we would win, and so did they.</p>\n'
 '<p><b>DW:</b> What would you tell someone starting out?</p>\n<p><b>RD:</b> Talk to the person next to you. That is all organising is. Everything else is paperwork.</p>\n',
 title="Interview with Rosa Delgado"),
 headings=[], not_headings=["DW:", "RD:"], title_contains="An Interview with Rosa Delgado",
 keep=["I came in to get my things", "Talk to the person next to you."])

case("faq-bold-q-a-paragraphs", doc(
 '<h2>About the Co-op: Questions and Answers</h2>\n' + p("coop", 0) +
 '<p><b>Q. Do I have to be a member to shop?</b><br>A. No. Anyone may shop, but members receive a ten per cent discount and may vote at general meetings.</p>\n'
 '<p><b>Q. How much work is involved?</b><br>A. Two hours a month, on a shift of your choosing. Parents of young children may work at home on the newsletter instead.</p>\n'
 '<p><b>Q. Where does the produce come from?</b><br>A. ' + B["coop"][2] + '</p>\n' + p("coop", 5),
 title="Co-op Q&A"),
 headings=[], not_headings=["Q. Do I have to be a member to shop?", "Q. How much work is involved?"], title="About the Co-op: Questions and Answers",
 keep=["Anyone may shop, but members receive a ten per cent discount", "Q. How much work is involved?"])

case("essay-no-sections-bold-emphasis", doc(
 '<h2>The Last Train</h2>\n<p>By Henry Colbeck</p>\n' + p("rail", 0, 1, 2, 3) +
 '<p><b>It was the end of something, and everyone on the platform knew it.</b></p>\n' + p("rail", 4, 5),
 title="The Last Train"),
 headings=[], not_headings=["It was the end of something, and everyone on the platform knew it."], title="The Last Train", author="Henry Colbeck",
 keep=["It was the end of something, and everyone on the platform knew it."])

case("section-break-asterisks", doc(
 '<h2>The Lens</h2>\n<p><i>a story by Margaret Ames</i></p>\n' + p("novel", 0, 1, 2) + '<p align="center">* * *</p>\n' + p("novel", 4, 5) + '<p align="center">* * *</p>\n' + p("novel", 6, 7),
 title="The Lens - a story"),
 headings=[], not_headings=["* * *"], title="The Lens", author="Margaret Ames", keep=[frag("novel", 0), frag("novel", 7)])

case("dl-glossary-terms", doc(
 '<h2>A Glossary of Railway Terms</h2>\n<p>Some of the words used on this site may be unfamiliar to newcomers. We have tried to explain the most common ones here.</p>\n'
 '<dl>\n<dt><b>Branch line</b></dt><dd>A secondary line that leaves a main line to serve a town or district, often ending at a terminus.</dd>\n'
 '<dt><b>Halt</b></dt><dd>A small station, often unstaffed, where trains stop only on request. Dunmore Farm halt had a platform just two coaches long.</dd>\n'
 '<dt><b>Signal box</b></dt><dd>The building from which the signals and points are worked. The society hopes to restore the one at Stoke Marsh.</dd>\n'
 '<dt><b>Tank engine</b></dt><dd>A locomotive that carries its water in tanks on the engine itself rather than in a separate tender.</dd>\n</dl>\n'
 + p("rail", 3, 4), title="Glossary"),
 headings=[], not_headings=["Branch line", "Halt", "Signal box", "Tank engine"], title="A Glossary of Railway Terms",
 keep=["A secondary line that leaves a main line", "Dunmore Farm halt had a platform just two coaches long."])

# ---------------------------------------------------------------------------------------------
# 11. Title and author from <title>, <meta>, bylines
# ---------------------------------------------------------------------------------------------
case("title-site-prefix-no-h1", doc(
 '<font face="Arial" size="2"><a href="index.html">Transport Action Group</a> &gt; <a href="papers.html">Papers</a> &gt; Why Buses Matter</font>\n<hr>\n'
 + p("transit", 0, 1, 2, 3, 4, 5), title="Transport Action Group - Why Buses Matter"),
 headings=[], title="Why Buses Matter", debris=["Transport Action Group > Papers"], keep=[frag("transit", 0), frag("transit", 5)])

case("title-site-suffix-double-colon", doc(
 '<h2>Lead in City Soil</h2>\n<p>Luis Ortega</p>\n' + p("garden", 2) + '<p>Lead from old paint and from decades of leaded petrol settles in the top few inches of city soil. Children who play in it, or eat vegetables grown in it, are most at risk.</p>\n'
 '<p>Have your soil tested before you plant. The county extension service will do it for a small fee, and the results come back in about three weeks.</p>\n' + p("garden", 4, 5),
 title="Lead in City Soil :: Orchard Street Community Garden"),
 headings=[], title="Lead in City Soil", author="Luis Ortega", not_headings=["Luis Ortega"],
 keep=["Have your soil tested before you plant."])

case("meta-author-only", doc(
 '<h1>On Teaching and Inspection</h1>\n' + p("school", 0, 1, 2, 3, 4, 5),
 title="On Teaching and Inspection", head='<meta name="author" content="Helen Fairweather">\n<meta name="keywords" content="teaching, Ofsted, inspection, education">\n'),
 headings=[], title="On Teaching and Inspection", author="Helen Fairweather", keep=[frag("school", 0), frag("school", 5)])

case("author-at-end-right-italic", doc(
 '<h2>Letter from a Retiring Teacher</h2>\n' + p("school", 0, 2, 3, 4, 5) + '<p align="right"><i>Helen Fairweather<br>Bradford, July 2003</i></p>',
 title="Letter from a Retiring Teacher"),
 headings=[], not_headings=["Helen Fairweather", "Bradford, July 2003"], title="Letter from a Retiring Teacher", author="Helen Fairweather",
 keep=[frag("school", 2)])

case("byline-with-date-under-title", doc(
 '<h2>The Co-op at Twenty-Five</h2>\n<p><i>by Samuel Okoro<br>June 14, 2001</i></p>\n' + p("coop", 0, 1, 2, 3, 4, 5),
 title="The Co-op at Twenty-Five"),
 headings=[], not_headings=["June 14, 2001", "by Samuel Okoro"], title="The Co-op at Twenty-Five", author="Samuel Okoro",
 keep=[frag("coop", 3)])

case("byline-dr-affiliation", doc(
 '<h1>The Pemberton Strike Reconsidered</h1>\n<p><b>Dr. Ruth Adler</b><br>Department of History, Riverside Community College</p>\n'
 '<p><i>Paper presented to the Valley Labor History Conference, October 12, 2002</i></p>\n' + p("mill", 0, 1, 2, 3, 4, 5),
 title="Adler - Pemberton Strike Reconsidered"),
 headings=[], not_headings=["Dr. Ruth Adler", "Department of History, Riverside Community College"], title="The Pemberton Strike Reconsidered", author="Ruth Adler",
 keep=[frag("mill", 0), frag("mill", 5)])

case("meta-author-webmaster-vs-byline", doc(
 '<h2>Growing Up in a Lighthouse</h2>\n<h4>by Martha Penrose</h4>\n' + p("novel", 1, 2) + '<p>My mother used to say that she married my father for the view. She was joking, but only partly: from the lamp room you could see three counties on a clear day.</p>\n' + p("novel", 5, 7),
 title="Growing Up in a Lighthouse", head='<meta name="author" content="Webmaster">\n<meta name="description" content="Memories of Gull Point lighthouse">\n'),
 headings=[], not_headings=["by Martha Penrose"], title="Growing Up in a Lighthouse", author="Martha Penrose",
 keep=["married my father for the view"])

case("dreamweaver-untitled-document", doc(
 '<table width="100%" border="0"><tr><td><div align="center"><font size="5" face="Georgia, Times New Roman, Times, serif"><strong>A Convention Report from Leeds</strong></font></div></td></tr></table>\n'
 '<p><font face="Georgia, Times New Roman, Times, serif">' + B["zine"][4] + '</font></p>\n' + p("zine", 0, 1, 3, 5),
 title="Untitled Document", head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'),
 headings=[], title="A Convention Report from Leeds", keep=[frag("zine", 4)])

case("title-tag-uppercase-author-title", doc(
 '<center><h2>THE RIGHT TO THE RIVER</h2><h3>by ALAN PRYCE</h3></center>\n' + p("river", 0, 1, 2, 3, 4, 5),
 title="PRYCE: THE RIGHT TO THE RIVER"),
 headings=[], not_headings=["by ALAN PRYCE"], title="The Right to the River", author="Alan Pryce", keep=[frag("river", 0)])

case("author-in-footer-written-by", doc(
 '<h2>Notes from the Signal Box</h2>\n' + p("rail", 1, 2, 3, 4, 5) +
 '<hr>\n<p><font size="2"><i>Written by David Price for the Millbrook Railway Society newsletter, Autumn 1999.</i></font></p>\n'
 '<p><font size="1"><a href="index.html">Society home</a> | <a href="newsletters.html">Newsletter archive</a></font></p>',
 title="Notes from the Signal Box"),
 headings=[], title="Notes from the Signal Box", author="David Price", debris=["Society home", "Newsletter archive"],
 keep=[frag("rail", 3)])

# ---------------------------------------------------------------------------------------------
# 12. Lines that are no headings, and chrome around prose that stays
# ---------------------------------------------------------------------------------------------
case("photo-table-caption", doc(
 '<h2>May Day on Main Street</h2>\n<p>by Dana Whitfield</p>\n' + p("union", 1, 2) +
 '<table align="center" border="0" width="420"><tr><td><img src="mayday99.jpg" width="400" height="300"></td></tr><tr><td align="center"><font size="2"><b>Marchers on Main Street, May Day 1999.</b> Photo: J. Lee</font></td></tr></table>\n'
 + p("union", 3, 4, 5), title="May Day on Main Street"),
 headings=[], not_headings=["Marchers on Main Street, May Day 1999. Photo: J. Lee", "Marchers on Main Street, May Day 1999."], title="May Day on Main Street", author="Dana Whitfield",
 keep=["Marchers on Main Street, May Day 1999.", frag("union", 5)])

case("date-line-bold-under-title", doc(
 '<h2>Statement on the Closure of the Branch Library</h2>\n<p><b>March 3, 1999</b></p>\n'
 '<p>The Eastside Coalition condemns the decision of the library board to close the Tenth Street branch at the end of the month.</p>\n' + p("transit", 4) +
 '<p>The branch has served the neighbourhood since 1931. Its after-school programme alone sees eighty children a day, most of whom have nowhere else to go.</p>\n'
 '<p>We call on the board to reverse its decision and on the council to find the forty thousand dollars needed to keep the branch open for another year.</p>\n'
 '<p>We will be at the board\'s next meeting on March 17. Please join us.</p>\n', title="Statement on the Closure of the Branch Library"),
 headings=[], not_headings=["March 3, 1999"], title="Statement on the Closure of the Branch Library",
 keep=["The branch has served the neighbourhood since 1931.", "March 3, 1999"])

case("editors-note-and-update", doc(
 '<h2>The Dye Works Fine</h2>\n<p><i>Editor\'s note: This article first appeared in the Calder Watch bulletin of June 1996. We reprint it here with the author\'s permission.</i></p>\n'
 + p("river", 3, 4) + '<p>The fine, at twelve thousand pounds, is the largest ever imposed on a firm in the district, though it is less than the firm spends on its annual dinner.</p>\n' + p("river", 5) +
 '<p><b>Update (April 1999):</b> The treatment plant has now been running for eighteen months, and the readings below the works are within the legal limits every week.</p>\n',
 title="The Dye Works Fine"),
 headings=[], not_headings=["Update (April 1999):"], title="The Dye Works Fine",
 keep=["This article first appeared in the Calder Watch bulletin of June 1996", "The treatment plant has now been running for eighteen months"])

case("printer-friendly-email-links", doc(
 '<table width="100%"><tr><td align="right"><font size="1"><a href="print.cgi?id=88"><img src="printer.gif" border="0"> Printer-friendly version</a> | <a href="email.cgi?id=88"><img src="mail.gif" border="0"> Email this article to a friend</a></font></td></tr></table>\n'
 '<h2>Inspection Day</h2>\n<p>By Helen Fairweather</p>\n' + p("school", 1, 2, 3) + '<p>The inspector stayed for eleven minutes. He wrote for most of them, and he did not look at the children once.</p>\n' + p("school", 4),
 title="Inspection Day - Education Forum"),
 headings=[], title="Inspection Day", author="Helen Fairweather", debris=["Printer-friendly version", "Email this article to a friend"],
 keep=["The inspector stayed for eleven minutes."])

case("mirror-archived-note", doc(
 '<p><font size="1" color="#666666">This document is mirrored from http://www.pemberton1912.org/strike.html with the permission of the author. The original site is no longer online.</font></p>\n'
 '<h2>The Children\'s Exodus</h2>\n<p>by Joseph Harland</p>\n' + p("mill", 3, 4) + '<p>The first train of children left the city on a February morning, each child labelled with a card giving a name and an address in New York.</p>\n' + p("mill", 5, 2),
 title="The Children's Exodus"),
 headings=[], title="The Children's Exodus", author="Joseph Harland", debris=["This document is mirrored from", "The original site is no longer online"],
 keep=["each child labelled with a card giving a name"])

case("wayback-toolbar", doc(
 '<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp"><div style="position:fixed;left:0;top:0;width:100%!important"><table><tr><td><a href="https://web.archive.org/web/">The Wayback Machine</a> - '
 'https://web.archive.org/web/20010405120312/http://www.ntu.example.org/rights.html</td><td>31 captures</td><td>5 Apr 2001 - 12 Jun 2009</td></tr></table></div></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n'
 '<h2>When the Heat Goes Off</h2>\n' + p("rent", 4) + '<p>If your heat goes off between October and April, call the landlord first and the city\'s heat hotline second. Write down the time of each call.</p>\n'
 '<p>If the heat is not back within twenty-four hours, the city can send its own contractor and bill the landlord. Few tenants know this, and fewer landlords want them to.</p>\n' + p("rent", 5, 3),
 title="Northside Tenants Union: When the Heat Goes Off"),
 headings=[], title="When the Heat Goes Off", debris=["Wayback Machine", "31 captures", "web.archive.org"],
 keep=["the city can send its own contractor and bill the landlord"])

case("prose-mentions-chrome", doc(
 '<h2>What the Early Web Looked Like</h2>\n<p>by Steve Marchetti</p>\n'
 '<p>Every page in 1997 seemed to have the same furniture. There was a counter at the bottom telling you that you were visitor number 1,204, a line saying "Last updated" with a date two years old, and a button that said "Click here" without ever saying what would happen if you did.</p>\n'
 '<p>There was usually a webring, too, with its little row of Prev and Next links, and somewhere an animated picture of a man digging, to show that the page was under construction. Most pages were under construction forever.</p>\n'
 + p("bbs", 4, 5) + '<p>I miss it, a little. It was ugly and slow, but every page had been made by a person.</p>\n'
 '<hr>\n<p align="center"><font size="1">Last updated: 12 January 2006 | <a href="index.html">Back to Home</a></font></p>',
 title="What the Early Web Looked Like"),
 headings=[], title="What the Early Web Looked Like", author="Steve Marchetti", debris=["Last updated: 12 January 2006", "Back to Home"],
 keep=['a line saying "Last updated" with a date two years old', 'a button that said "Click here" without ever saying', "Most pages were under construction forever.", "every page had been made by a person"])

case("contact-paragraph-is-text", doc(
 '<h2>Join the Night Shift Committee</h2>\n' + p("union", 1, 2, 3, 4) +
 '<p>We meet on the first Tuesday of every month at 7 p.m. in the back room of the Carpenters\' Hall on Fourth Street. Everyone who works at the distribution centre is welcome, member or not.</p>\n'
 '<hr>\n<p align="center"><font size="1">&copy; 2002 UFCW Local 881 Organizing Committee | <a href="index.html">Home</a> | <a href="contact.html">Contact Us</a></font></p>',
 title="Join the Night Shift Committee"),
 headings=[], title="Join the Night Shift Committee", debris=["Contact Us", "2002 UFCW Local 881 Organizing Committee"],
 keep=["We meet on the first Tuesday of every month at 7 p.m.", "member or not."])

case("related-links-list-end", doc(
 '<h2>Modems I Have Loved</h2>\n<p>by Steve Marchetti</p>\n' + p("bbs", 0, 1, 3, 4, 5) +
 '<hr>\n<p><b>Related articles on this site:</b></p>\n<ul><li><a href="pharmacist.html">The Pharmacist\'s Board</a></li><li><a href="fidonet.html">FidoNet Nights</a></li><li><a href="amiga.html">The Amiga Years</a></li></ul>\n',
 title="Modems I Have Loved"),
 headings=[], not_headings=["Related articles on this site:"], title="Modems I Have Loved", author="Steve Marchetti",
 debris=["Related articles on this site", "FidoNet Nights"], keep=[frag("bbs", 0)])

case("sig-block-with-address-letter", doc(
 '<h2>Open Letter to the Library Board</h2>\n<p>Dear Members of the Board,</p>\n'
 '<p>We write on behalf of the parents of the Tenth Street after-school programme to ask you to reconsider the closure of the branch library.</p>\n' + p("school", 2) +
 '<p>The branch is the only place within a mile where a child can do homework in quiet, with an adult nearby who will help. Its closure would fall hardest on those who can least afford it.</p>\n'
 '<p>We would welcome the chance to meet you before your vote on March 17.</p>\n<p>Yours sincerely,</p>\n<p>Grace Oyelaran<br>Chair, Tenth Street Parents\' Group</p>\n',
 title="Open Letter to the Library Board"),
 headings=[], not_headings=["Dear Members of the Board,", "Yours sincerely,", "Grace Oyelaran"], title="Open Letter to the Library Board", author="Grace Oyelaran",
 keep=["Yours sincerely,", "The branch is the only place within a mile"])

case("hr-separated-articles-no-heading-tags", doc(
 '<center><font size="+2"><b>Calder Watch Bulletin</b></font><br>Summer 1998</center>\n<hr>\n'
 '<p><font size="+1"><b>Trout Below the Weir?</b></font></p>\n' + p("river", 4) + '<p>Three separate anglers have reported trout this spring. We would like to hear from anyone else who has seen them.</p>\n<hr>\n'
 '<p><font size="+1"><b>Storm Overflows: Our Next Campaign</b></font></p>\n' + p("river", 5) + '<p>A public meeting will be held at the Methodist hall on 9 July. Representatives of the water company have been invited.</p>\n<hr>\n'
 '<p><font size="+1"><b>Sampling Rota</b></font></p>\n<p>Volunteers are needed for the August Sundays. Please put your name on the list at the library or ring Alan on 01422 555 019.</p>\n',
 title="Calder Watch Bulletin"),
 headings=["Trout Below the Weir?", "Storm Overflows: Our Next Campaign", "Sampling Rota"], title_contains="Calder Watch Bulletin",
 keep=["Three separate anglers have reported trout this spring.", "Please put your name on the list at the library"])

case("pre-formatted-etext-in-html", doc(
 '<pre>\n                       THE PEMBERTON STRIKE\n\n                        by Joseph Harland\n\n\n'
 'I. THE WALKOUT\n\n' + B["mill"][0].replace(". ", ".\n", 1) + '\n\n' + B["mill"][1] + '\n\n\nII. THE COMMITTEE\n\n' + B["mill"][2] + '\n\n' + B["mill"][3] +
 '\n\n\nIII. THE SETTLEMENT\n\n' + B["mill"][4] + '\n\n' + B["mill"][5] + '\n</pre>\n<hr><a href="../index.html">Back to the Labor History Texts index</a>',
 title="harland.txt"),
 headings=["I. THE WALKOUT", "II. THE COMMITTEE", "III. THE SETTLEMENT"], title="The Pemberton Strike", author="Joseph Harland",
 debris=["Back to the Labor History Texts index"], keep=[frag("mill", 2), frag("mill", 5)])

case("site-name-bold-top-left-article-h3", doc(
 '<table width="100%"><tr><td><b><font size="4" color="#003399">Education Forum</font></b><br><font size="1">Teachers talking to teachers</font></td>'
 '<td align="right"><form action="/search"><input name="q" size="12"><input type="submit" value="Search"></form></td></tr></table>\n<hr>\n'
 '<h3>Twenty-Two Years in the Same Classroom</h3>\n<p><font size="2">Helen Fairweather | Posted 5 July 2003</font></p>\n' + p("school", 0, 1, 2, 3, 4, 5) +
 '<p><font size="1">Education Forum is an independent site. Views expressed are those of the authors. <a href="terms.html">Terms of use</a> | <a href="privacy.html">Privacy policy</a></font></p>',
 title="Education Forum"),
 headings=[], not_headings=["Education Forum", "Teachers talking to teachers"], title="Twenty-Two Years in the Same Classroom", author="Helen Fairweather",
 debris=["Teachers talking to teachers", "Terms of use", "Privacy policy", "Views expressed are those of the authors"],
 keep=[frag("school", 0), frag("school", 5)])

case("h2-kicker-above-title", doc(
 '<h4><font color="#990000">LABOR HISTORY</font></h4>\n<h2>The Night the Looms Stopped</h2>\n<p><i>by Ruth Adler</i></p>\n' + p("mill", 0, 1, 2, 3, 4, 5),
 title="The Night the Looms Stopped"),
 headings=[], not_headings=["LABOR HISTORY"], title="The Night the Looms Stopped", author="Ruth Adler", keep=[frag("mill", 0)])

case("speech-with-subheads-and-applause", doc(
 '<h2>Speech to the Organising Conference</h2>\n<p align="center"><i>Delivered by Rosa Delgado, Chicago, 14 June 2003</i></p>\n'
 + p("union", 0, 1) + '<p align="center">[Applause]</p>\n<h3>How We Won</h3>\n' + p("union", 2, 3, 4) + '<p align="center">[Applause]</p>\n<h3>What Comes Next</h3>\n' + p("union", 5),
 title="Delgado speech"),
 headings=["How We Won", "What Comes Next"], not_headings=["[Applause]", "Delivered by Rosa Delgado, Chicago, 14 June 2003"],
 title="Speech to the Organising Conference", author="Rosa Delgado", keep=["[Applause]", frag("union", 5)])

case("blockquote-long-quotation-with-source", doc(
 '<h2>What the Strikers Said</h2>\n' + p("mill", 0, 1) +
 '<blockquote><p>We want bread, and we want roses too. We are not asking for charity, only for the wages of our own work, and for an hour at the end of the day that belongs to us.</p>\n<p align="right">&mdash; <i>Leaflet of the strike committee, January 1912</i></p></blockquote>\n'
 + p("mill", 2, 4, 5), title="What the Strikers Said"),
 headings=[], not_headings=["\u2014 Leaflet of the strike committee, January 1912"], title="What the Strikers Said",
 keep=["We want bread, and we want roses too.", "Leaflet of the strike committee, January 1912"])

case("xhtml-2008-article-divs", doc(
 '<div id="header"><div id="logo">Chalk Dust</div><ul id="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li><li><a href="/contact/">Contact</a></li></ul></div>\n'
 '<div id="content"><div class="article"><h1 class="entry-title">Why I Still Teach Poetry</h1>\n<p class="byline">By <span class="author vcard">Helen Fairweather</span> &middot; <abbr class="published" title="2008-11-02">November 2, 2008</abbr></p>\n'
 '<div class="entry-content">' + p("school", 2) + '<p>Poetry is the one part of the curriculum where a child\'s question is nearly always the right question. What does this word mean here? Why does the line stop there? Nobody knows, and we find out together.</p>\n'
 + p("school", 3, 4) + '<h2>A Lesson That Worked</h2>\n<p>Last spring a Year 9 class spent an entire lesson on four lines of Edward Thomas, and at the end a boy who had not spoken all term asked if he could read it aloud.</p>\n' + p("school", 5) + '</div>\n'
 '<div class="tags">Tags: <a href="/tag/poetry">poetry</a>, <a href="/tag/teaching">teaching</a></div><div class="share">Share this: <a href="#">Digg</a> <a href="#">del.icio.us</a> <a href="#">Facebook</a></div></div></div>\n'
 '<div id="footer">&copy; 2008 Chalk Dust. Powered by WordPress. Theme by Example Themes.</div>',
 title="Why I Still Teach Poetry | Chalk Dust"),
 headings=["A Lesson That Worked"], title="Why I Still Teach Poetry", author="Helen Fairweather",
 debris=["Share this", "del.icio.us", "Tags: poetry", "Theme by Example Themes", "2008 Chalk Dust"],
 keep=["Poetry is the one part of the curriculum", "asked if he could read it aloud"])

if __name__ == "__main__":
    # this battery's own checks: kept text in any order, a first heading dropped as the title only
    # when it is the title itself, title failures without the subtitle
    main(__doc__, "hb-", ordered=False, label_title=False, subtitle=False)
