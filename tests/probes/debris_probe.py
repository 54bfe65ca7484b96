import sys, os, subprocess, zipfile, re, tempfile, html
cli = sys.argv[1]
P = ("The farmers of the valley have long known that the harvest depends on more than rain, and they "
     "plan their planting with care, reading the soil and the sky as their parents did before them.")
HEAD = "THE QUIET HARVEST\n\nby Ann Writer\n\n"
PARAS = [P.replace("valley", "valley %d" % i) for i in range(1, 7)]
B = HEAD + "\n\n".join(PARAS)
ads = {
"board-box": """+----------------------------------------------+
|  The Lighthouse BBS  *  (503) 555-0199       |
|  2400/9600 baud  *  24 hours  *  3 nodes     |
|  Sysop: Captain Ahab                         |
+----------------------------------------------+""",
"call-today": """Call THE DARK TOWER BBS today! 300/1200/2400 baud
Over 2 gigs of files online -- no ratios for new users
(415) 555-2368""",
"downloaded-via": """This file was downloaded via The Midnight Library BBS
Node 1: 212-555-0147   Node 2: 212-555-0148
Home of the largest collection of political text files in New York""",
"fido-origin": """--- Maximus 2.01wb
 * Origin: The Quiet Harvest Point (1:123/456.7)""",
"tagline": """... If at first you don't succeed, skydiving is not for you.
--- Blue Wave/Max v2.12""",
"stars-banner": """*************************************************************
*        Downloaded from the FREEDOM FORUM BBS              *
*        Data: 305-555-0110  *  USR HST 14.4               *
*************************************************************""",
"distribution": """This article may be freely distributed provided it is reproduced in full
and this notice is kept. For more information write to the Valley Press,
PO Box 12, Valley, KS 66000.""",
"uploaded-to": """Uploaded to CompuServe's Issues Forum by Bob Poster, 5/12/93.""",
"end-of-file": """-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-
               E N D   O F   F I L E
-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-""",
"more-info": """For more files like this one, call KEELYNET BBS at (214) 555-0137
or write to us at Box 870, Valley, TX 75000.""",
"wwiv": """WWIV Node 5 @8410  The Round Table  (612) 555-0166
Sysop: Sir Lance""",
"list-sig": """---------------------------------------------------------------------
To subscribe to HARVEST-L send mail to listserv@valley.edu with the
line SUBSCRIBE HARVEST-L in the body.
---------------------------------------------------------------------""",
"pcrelay": """---
 * Via Qmail 1.01  The Farm Board - Valley, KS (913) 555-0190
 * PCRelay:FARMBOARD -> RelayNet (tm)""",
"dos-path": """C:\\BBS\\FILES\\HARVEST.TXT""",
"zip-name": """File: HARVEST.ZIP   Uploaded: 12/03/92""",
"typed-by": """Typed in by Bob Poster for the Valley BBS, 1993.""",
"scanned": """Scanned and proofread by Bob Poster, March 1994.""",
"press-key": """Press any key to continue...""",
"cut-here": """------------------------- cut here -------------------------""",
"file-box": """=====================================
 FILE: HARVEST.TXT   SIZE: 12K
=====================================""",
"origin-upload": """ORIGIN OF UPLOAD: KANSAS CITY
CONTRIBUTED BY: Bob Poster""",
"pipe-sig": """--
Bob Poster           | "The harvest waits for no one." | bob@valley.edu
Valley State Univ.   |                                  | (913) 555-0100""",
"nav-row": """[ Reply ] [ Next ] [ Previous ] [ Index ]""",
"compliments": """Compliments of the Harvest Moon BBS -- 1200/2400 baud -- (913) 555-0177""",
"prose-ad": """Downloaded from Just Say Yes. 2 lines, more than 1000 files online!
Full access to first time callers. We have the latest text files
from all over the net. Call (415) 555-0188 today.""",
"posted-block": """=== Posted by: Bob Poster   Date: 12 Mar 1992 ===""",
"end-dashes": """---------------------------- end of file ----------------------------""",
"sysop-note": """SYSOP'S NOTE: This file was uploaded by a user. The sysop takes no responsibility for its contents.""",
"ascii-sig": """   ____   _____  _____
  |  _ \\ | ____|| ____|   The Beehive BBS
  | |_) ||  _|  |  _|     (301) 555-0123
  |____/ |_____||_____|   Sysop: Queen Bee""",
"p80": """Downloaded From P-80 International Information Systems 304-744-2253""",
"works": """=============================================================================
  The Works BBS (617) 861-8976   *   The Documents Collection
=============================================================================""",
"seen-by": """--- FD 2.00
 * Origin: Valley Harvest Net (1:100/512)
SEEN-BY: 100/512 514 520
PATH: 100/512""",
"courtesy": """Courtesy of the Liberty BBS, (212) 555-0109, where freedom rings.""",
"received-from": """This text was received from the Harvest Net Information Service.
For more information, call the Harvest Net BBS at 913-555-0144.""",
"uploaded-by": """Uploaded by: Bob Poster
Date: 03/12/93
Source: Valley Newsletter""",
"vnet": """--
The above was forwarded to you by Bob Poster via the Harvest Network
(HarvNet, 1:123/4). Reply to bob@harvest.org""",
"dashes-banner": """-------------------------------------------------------------------------
|   THIS FILE COURTESY OF THE EMPIRE BBS  --  (718) 555-0123  --  14.4K   |
-------------------------------------------------------------------------""",
"filename-line": """HARVEST.TXT  12,344  03-12-93  The quiet harvest, an essay""",
"textfiles": """ [ This file was found on the Internet, in the archive of the Valley ]
 [ Political Text Collection: ftp.valley.edu /pub/texts/harvest.txt  ]""",
"board-list-box": """X-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-X

 Another file downloaded from:                         The Harvest Network

 & the Valley of the Screaming Mill        Ann Sysop          913-555-0101
 Rat Barn                                  Ratcatcher         913-555-0102
 Burn This Field                           Bob Burner         913-555-0103
 The Mill Pond                             Miller             913-555-0104
 Flat Fields                               Plainsman          913-555-0105
 Brown Acres                               Farmer Brown       913-555-0106
 Wheat Central                             The Thresher       913-555-0107
 Corn Row                                  Stalker            913-555-0108
 The Silo                                  Grainy             913-555-0109
 Seed Bank                                 Sower              913-555-0110

 Specializing in conversations, obscure information, high explosives,
 arcane knowledge, political extremism, diversive sexuality,
 insane speculation, and wild rumours. ALL-TEXT BBS SYSTEMS.

 Full access for first-time callers.  We don't want to know who you are,
 where you live, or what your phone number is. We are not Big Brother.

                          "Raw Data for Raw Nerves"

X-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-X""",
"board-box-talk": """+==============================================================+
|                                                              |
|           T H E   H A R V E S T   M O O N   B B S            |
|                                                              |
|      Home of the Farm Politics Conference                    |
|      Over 3,000 text files online                            |
|      USR Dual Standard 16.8k                                 |
|      Running PCBoard 15.0                                    |
|      Sysop: The Reaper                                       |
|      Co-Sysop: The Thresher                                  |
|                                                              |
|                  (913) 555-0166                              |
|                                                              |
+==============================================================+""",
"board-name": """The Harvest Moon BBS""",
"received-via": """Received via: HarvestNet 1:123/456""",
"genie": """Category 3,  Topic 12
Message 45        Sat Mar 12, 1993
B.POSTER [Bob]               at 14:22 EST""",
"fido-area": """AREA:HARVEST""",
"golded": """From : Bob Poster                          1:123/456       Sat 12 Mar 93 14:22
To   : All
Subj : Harvest news
===========================================================================""",
}
# Between the text's paragraphs: what a captured thread, a pager or a printout left where a
# message, a screen or a page broke. "{P}" stands for one more paragraph of the text.
between = {
"pcboard-split": """--- Continued to next message ---

Date: 03-12-93 (14:23)              Number: 1235 of 5678
  To: ALL                           Refer#: NONE
From: BOB POSTER                      Read: NO
Subj: HARVEST NEWS 2/2               Status: PUBLIC MESSAGE
Conf: POLITICS (12)               Read Type: GENERAL (+)

--- Continued from previous message ---""",
"continued-to": """(Continued to next message)

(Continued from previous message)""",
"continued-page": """[Continued on page 4]""",
"more-prompt": """[More]""",
"more-percent": """--More--(45%)""",
"part-end": """<<< End of Part 1 >>>""",
"part-begins": """*** Part 2 begins here ***""",
"page-lines": """Page 2

{P}

Page 3""",
"dashed-pages": """- 2 -

{P}

- 3 -""",
"running-head": """The Quiet Harvest                                        Page 3""",
"bluewave-tear": """... Taglines are for people who cannot write a whole message.
___ Blue Wave/QWK v2.12""",
"tear-tagline": """... The harvest waits for no one.
--- Maximus 2.01wb""",
"genie-split": """Message 46        Sat Mar 12, 1993
B.POSTER [Bob]               at 14:25 EST""",
"crossposted": """* Crossposted from HARVEST""",
"golded-split": """From : Bob Poster                          1:123/456       Sat 12 Mar 93 14:25
To   : All
Subj : Harvest news, part 2
===========================================================================""",
}
EXTRA = "The sky over the valley turned from grey to gold as the first carts came in from the fields at dusk."
def convert(name, text):
    """The book's archive and its body's text (the pages a reader reads, not the colophon or the contents), or None."""
    d = tempfile.mkdtemp(); src = os.path.join(d, name + ".txt"); out = os.path.join(d, name + ".epub")
    open(src, "w").write(text)
    r = subprocess.run(cli.split() + ["convert", src, "-o", out, "-q"], capture_output=True, text=True)
    if r.returncode != 0: print("FAIL", name, r.stderr[:200]); return None, None
    z = zipfile.ZipFile(out)
    return z, " ".join(html.unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode())) for n in z.namelist() if n.endswith(".xhtml") and "colophon" not in n and "toc" not in n and "cover" not in n)

bad = 0
for where in ("end", "start"):
    for name, ad in ads.items():
        text = (B + "\n\n\n" + ad + "\n") if where == "end" else (ad + "\n\n\n" + B + "\n")
        z, body = convert(name, text)
        if z is None: bad += 1; continue
        body = re.sub(r"\s+", " ", body).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        left = [l.strip() for l in ad.splitlines() if len(re.sub(r"[^A-Za-z]", "", l)) >= 6 and re.sub(r"\s+", " ", l.strip(" |*+-=")).strip()[:25] in body]
        lost = sum(1 for i in range(1, 7) if ("valley %d have" % i) not in body)
        opf = z.read("EPUB/content.opf").decode()
        t = html.unescape((re.search(r"<dc:title[^>]*>(.*?)</dc:title>", opf) or [None, ""])[1])
        a = html.unescape((re.search(r"<dc:creator[^>]*>(.*?)</dc:creator>", opf) or [None, ""])[1])
        ok = not left and not lost and t == "THE QUIET HARVEST" and a == "Ann Writer"
        if not ok: bad += 1
        print("%-5s %-15s %s left=%s lost=%d title=%r author=%r" % (where, name, "ok " if ok else "BAD", left[:2], lost, t, a))
for name, ad in between.items():
    text = HEAD + "\n\n".join(PARAS[:3]) + "\n\n" + ad.replace("{P}", EXTRA) + "\n\n" + "\n\n".join(PARAS[3:]) + "\n"
    z, body = convert(name, text)
    if z is None: bad += 1; continue
    body = " " + re.sub(r"\s+", " ", body).replace("\u2019", "'").replace("\u2014", "--").replace("\u2013", "-") + " "
    marks = [l.strip() for l in ad.splitlines() if l.strip() and l.strip() != "{P}" and (len(re.sub(r"[^A-Za-z]", "", l)) >= 4 or re.search(r"\d", l))]
    # A page number is its marks and digits ("- 2 -"): only words are read without their marks.
    left = [m for m in marks if " " + re.sub(r"\s+", " ", m.strip(" |*+-=") if re.search(r"[A-Za-z]{4}", m) else m).strip()[:25] + " " in body]
    lost = sum(1 for i in range(1, 7) if ("valley %d have" % i) not in body) + ("{P}" in ad and EXTRA[:40] not in body)
    ok = not left and not lost
    if not ok: bad += 1
    print("%-5s %-15s %s left=%s lost=%d" % ("mid", name, "ok " if ok else "BAD", left[:2], lost))
print("bad %d of %d" % (bad, 2 * len(ads) + len(between)))
