#!/usr/bin/env python3
"""Lines that are no headings, each in a short archive text of its own (a shout, a one-line
paragraph, a date, a speaker's line, a callout, a slogan, a verse's reference...), with no real
headings, with two ("1. THE VALLEY", "2. THE RIVER"), and in capitals throughout: which of them
the converter makes a heading. Written by a helper session from the archives' conventions, not
from any corpus document.
Usage: python3 tests/probes/headings_absent_probe.py "dotnet /path/to/epub.dll" [--only NAME] [--convert] [--minimize]"""
import json, os, re, subprocess, sys, textwrap, zipfile, argparse, tempfile

CLI = sys.argv[1].split() if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ["dotnet", "src/Epub.Cli/bin/Release/net10.0/epub.dll"]
WORK = tempfile.mkdtemp(prefix="headings-absent-")
WD = os.path.join(WORK, "cases")
os.makedirs(WD, exist_ok=True)

SENT = [
 "The meeting on Tuesday night drew more people than anyone had expected.",
 "Most of them had driven in from the farms east of town after supper.",
 "There was coffee in the back and a table of pamphlets near the door.",
 "The chairman opened with a short report on the state of the treasury.",
 "He said the fund was in better shape than it had been for some years.",
 "A woman in the third row asked why the road had never been repaired.",
 "Nobody on the board had a good answer, and the room grew quiet again.",
 "We have written to the county three times and heard nothing back yet.",
 "It seems to me that the whole business could have been settled early.",
 "Instead the matter dragged on through the winter and into the spring.",
 "The river rose in April and flooded the lower fields for two weeks.",
 "Several families lost their seed corn and had to borrow from others.",
 "I do not think any of us will forget how the town pulled together.",
 "The school was opened as a shelter and the church fed anyone who came.",
 "By the end of May the water had gone down and the work began again.",
 "There is a lesson in that for anyone who cares to look for one here.",
 "My own view is that we depend on each other more than we like to admit.",
 "The old ways of doing things were not always wrong, whatever is said.",
 "Still, we cannot go back, and there is no use pretending otherwise now.",
 "What we can do is keep our eyes open and our tempers under control.",
 "The next meeting will be held at the grange hall on the first Monday.",
 "Members are asked to bring a dish to share and a friend if they can.",
 "Dues for the coming year remain at ten dollars for a single member.",
 "Please send any letters or articles for the newsletter to the editor.",
]

_pi = [0]
def prose(n=3):
    i = _pi[0]; _pi[0] += n
    return textwrap.fill(" ".join(SENT[(i + k) % len(SENT)] for k in range(n)), width=70)

P = "<P>"; H1 = "<H1>"; H2 = "<H2>"
REAL = {H1: "1. THE VALLEY", H2: "2. THE RIVER"}

def build(blocks, headings=True, caps=False, title="THE GRANGE NEWSLETTER", byline="by Martha Cole"):
    _pi[0] = 0
    out = [title, ""]
    if byline:
        out += [byline, ""]
    for b in blocks:
        if b in (H1, H2):
            if headings:
                out += [REAL[b], ""]
            continue
        out += [prose() if b == P else b, ""]
    text = "\n".join(out).rstrip() + "\n"
    if caps:
        text = text.upper()
    return text

def inspect(text, name):
    p = os.path.join(WD, name + ".txt")
    with open(p, "w") as f:
        f.write(text)
    r = subprocess.run(CLI + ["inspect", "--json", p], capture_output=True, text=True)
    try:
        j = json.loads(r.stdout)
    except Exception:
        return None, r.stdout + r.stderr
    return j, p

def invented(j, text):
    lines = text.split("\n")
    real = set(v.upper() for v in REAL.values())
    bad = []
    for h in j["headings"]:
        ln = h["line"]
        src = lines[ln - 1].strip() if 0 < ln <= len(lines) else ""
        if src.upper() in real:
            continue
        full = ((h.get("label") or "") + " " + (h.get("text") or "")).strip()
        bad.append((ln, src, full, h.get("family", "")))
    return bad

def toc_entries(path):
    out = path[:-4] + ".epub"
    subprocess.run(CLI + ["convert", path, "-o", out, "-q", "--no-cover"], capture_output=True)
    try:
        z = zipfile.ZipFile(out)
    except Exception:
        return ["<convert failed>"]
    toc = [n for n in z.namelist() if n.endswith("toc.xhtml")]
    html = z.read(toc[0]).decode()
    ents = [re.sub(r"<[^>]+>", "", a).strip() for a in re.findall(r"<a [^>]*>(.*?)</a>", html, re.S)]
    return [e for e in ents if e not in ("Title Page", "Colophon", "Contents", "Notes")]

def minimize(blocks, kw, name):
    """Greedily drop prose blocks / byline / repeats while an invented heading remains."""
    def fails(bl, k):
        t = build(bl, **k)
        j, _ = inspect(t, name + "_min")
        return j is not None and invented(j, t)
    k = dict(kw)
    if k.get("byline") is not False and fails(blocks, {**k, "byline": None}):
        k["byline"] = None
    bl = list(blocks)
    i = 0
    while i < len(bl):
        trial = bl[:i] + bl[i + 1:]
        keep_lead = blocks[0] == P and (not trial or trial[0] != P)  # keep prose before the shape
        if trial and not keep_lead and any(x not in (P, H1, H2) for x in trial) and fails(trial, k):
            bl = trial
        else:
            i += 1
    return build(bl, **k)

# ---------------------------------------------------------------- cases
# each case: name -> (blocks, caps_realistic)
C = {}
def case(name, blocks, caps=False):
    C[name] = (blocks, caps)

case("shouted_sentence", [P, "I AM SICK AND TIRED OF HEARING THE SAME EXCUSES FROM THE BOARD!", P, H1, P, "WAKE UP PEOPLE!!!", P, H2, P])
case("emphasis_line", [P, "THIS IS IMPORTANT!", P, H1, P, "PLEASE READ THIS CAREFULLY.", P, H2, P])
case("ragged_last_line", [P + "\nand then it was over.", H1, P + "\nof the house.", H2, P + "\nfor good."])
case("one_line_paragraph", [P, "And so it went.", P, H1, P, "Nobody answered.", P, H2, P])
case("signature_block", [P, H1, P, H2, P, "John Q. Public\nDirector of Outreach\nCitizens for Better Roads\n123 Main Street\nSpringfield, IL 62701\n(217) 555-1234"])
case("signature_spaced", [P, H1, P, H2, P, "--\nJohn Q. Public\n\nCitizens for Better Roads\n\njqp@well.sf.ca.us"])
case("mailing_address", [P, "Send your donations to:", "        The Freedom Fund\n        P.O. Box 1234\n        Anytown, OH 44101", P, H1, P, H2, P])
case("date_alone", ["March 12, 1994", P, H1, P, "April 2, 1994", P, H2, P, "May 30, 1994", P])
case("date_numeric", ["12/03/94", P, H1, P, "04/02/94", P, H2, P])
case("ps_lines", [P, H1, P, H2, P, "Martha", "P.S. Don't forget the potluck on Saturday.", "P.P.S. Bring chairs."])
case("sincerely_closing", [P, H1, P, H2, P, "Sincerely,", "Martha Cole\nSecretary"])
case("salutation", ["Dear Friends,", P, H1, P, H2, P, "Yours in struggle,", "Martha"])
case("qa_transcript", [P, H1, "Q: Where were you on the night of the fifth?", "A: At home with my wife.", "Q: Can anyone confirm that?", "A: My neighbor saw me.", H2, P])
case("speaker_caps_inline", [P, H1, "SMITH: I think the board has done all it can.", "JONES: That is simply not true, and you know it.", "SMITH: Then what would you have us do?", H2, P])
case("speaker_mr", [P, H1, "MR. JONES: The gentleman is out of order.", "THE CHAIRMAN: The chair will decide that.", "MR. JONES: Then I yield.", H2, P])
case("speaker_label_alone", [P, H1, "SMITH:\nI think the board has done all it can.", "JONES:\nThat is simply not true, and you know it.", "SMITH:\nThen what would you have us do?", H2, P])
case("list_of_names", [P, "The following members attended:", "John Adams\nMary Baker\nRobert Carter\nSusan Dunn", P, H1, P, H2, P])
case("item_list", [P, "Things to bring:", "- sleeping bag\n- flashlight\n- two days of food\n- rain gear", P, H1, P, H2, P])
case("item_list_blank", [P, "Things to bring:", "  * sleeping bag", "  * flashlight", "  * rain gear", P, H1, P, H2, P])
case("table_figures", [P, "  Year     Members    Dues\n  ----     -------    ----\n  1991       112      $1,120\n  1992       130      $1,300\n  1993       151      $1,510", P, H1, P, H2, P])
case("poem_stanzas", [P, "    The river runs, the river bends,\n    It asks no leave of foes or friends;", "    It takes the field, it takes the seed,\n    It takes no heed of human need.", P, H1, P, H2, P])
case("poem_caps_lines", [P, "O RIVER, RIVER,\nwhy do you run?", "DOWN TO THE SEA\nbefore the sun.", P, H1, P, H2, P])
case("poem_short_stanzas", [P, "Rain.", "Then more rain.", "Then the river.", P, H1, P, H2, P])
case("newspaper_headline", [P, "The paper ran it on the front page:", "    FLOOD WATERS CLOSE COUNTY ROAD; FARMERS DEMAND ACTION", P, H1, P, H2, P])
case("headline_quoted", [P, "\"TOWN BOARD SAYS NO TO NEW BRIDGE\"", P, H1, P, H2, P])
case("note_same_line", [P, "NOTE: The meeting date has changed.", P, H1, P, "NOTE: Dues are now payable.", P, H2, P])
case("note_alone", [P, "NOTE:", P, H1, P, H2, P])
case("warning_line", [P, "WARNING: Do not attempt this without supervision.", P, H1, P, H2, P])
case("warning_alone_next", [P, "WARNING:\nDo not attempt this without proper supervision and safety gear.", P, H1, P, H2, P])
case("editors_note", ["EDITOR'S NOTE: This article first appeared in the Spring issue.", P, H1, P, H2, P])
case("editors_note_bracket", ["[Editor's note: this article first appeared in the Spring issue.]", P, H1, P, H2, P])
case("continued", [P, "-- continued --", P, H1, P, "(continued on next page)", P, H2, P])
case("press_release", ["FOR IMMEDIATE RELEASE", "CONTACT: Jane Doe, (202) 555-0100", P, H1, P, H2, P, "###"])
case("whereas_clauses", ["WHEREAS, the county road has been closed for six months; and", "WHEREAS, the farmers of this township depend on it; and", "WHEREAS, repeated letters have gone unanswered;", "NOW, THEREFORE, BE IT RESOLVED that the Grange demands repairs.", P])
case("petition", ["We, the undersigned,", P, H1, P, H2, P, "Signed,", "John Adams\nMary Baker"])
case("bill_section_running", [P, "SEC. 3. The Secretary shall report to Congress each year on the\nprogress of the program.", P, "SEC. 4. Nothing in this Act shall be construed to limit the powers\nof the States.", P])
case("recipe_ingredients", [P, "INGREDIENTS:", "2 cups flour\n1 tsp salt\n1 cup milk\n2 eggs", "DIRECTIONS:", P, H1, P, H2, P])
case("recipe_ingredients_plain", [P, "You will need:", "2 cups flour\n1 tsp salt\n1 cup milk", P, H1, P, H2, P])
case("outline_one_word", [P, "Topics for next month:", "Roads", "Taxes", "Schools", P, H1, P, H2, P])
case("caps_paragraph_first_short", [P, "I SAY THIS:\n" + textwrap.fill("THE BOARD HAS FAILED US AT EVERY TURN AND IT IS TIME FOR A CHANGE. WE WILL NOT STAND FOR IT ANY LONGER.", 70), P, H1, P, H2, P])
case("attribution", [P, "    \"The price of liberty is eternal vigilance.\"", "                        -- Thomas Jefferson", P, H1, P, H2, P])
case("attribution_dash", [P, "\"The price of liberty is eternal vigilance.\"\n- Thomas Jefferson", P, H1, P, H2, P])
case("slogan_repeated", [P, "Keep the faith!", P, H1, P, "Keep the faith!", P, H2, P, "Keep the faith!"])
case("centered_epigraph", ["                  Hope is the thing with feathers.\n                                   -- Emily Dickinson", P, H1, P, H2, P])
case("classified_ads", [P, "FOR SALE: 1985 Honda Civic, runs good. $800 obo. Call 555-1234.", "WANTED: Used chest freezer, good condition.", "FREE: Kittens to good home.", P, H1, P, H2, P])
case("the_end", [P, H1, P, H2, P, "THE END"])
case("end_of_file", [P, H1, P, H2, P, "-30-", "[End of file]"])
case("bbs_header", ["From: John Smith\nTo: All\nSubject: Re: the county road\nDate: 12 Mar 94 21:14:02", P, P, P])
case("usenet_quote", ["In article <1234@well.UUCP>, jsmith@well.UUCP (John Smith) writes:", "> The board has done all it can.\n> Nothing more is possible.", P, "> The county will not listen.", P])
case("scene_break", [P, "* * *", P, H1, P, "-----", P, H2, P])
case("rhetorical_question", [P, "Why?", P, H1, P, "What then?", P, H2, P])
case("exclamation_alone", [P, "Nonsense!", P, H1, P, H2, P])
case("bbs_number", [P, "Call the Freedom BBS at (614) 555-1212, 300/1200/2400 baud, 24 hrs.", P, H1, P, H2, P])
case("email_alone", [P, H1, P, H2, P, "jsmith@well.sf.ca.us"])
case("copyright_line", ["Copyright (c) 1994 by Martha Cole. All rights reserved.", "This file may be freely distributed for non-commercial purposes.", P, H1, P, H2, P])
case("thank_you", [P, H1, P, H2, P, "Thank you."])
case("numbered_action_items", [P, "What you can do:", "1. Write your congressman.", "2. Call the county office.", "3. Come to the next meeting.", P])
case("numbered_action_caps", [P, "1. WRITE YOUR CONGRESSMAN.", "2. CALL THE COUNTY OFFICE.", P])
case("bible_citation", [P, "John 3:16", P, H1, P, H2, P])
case("stage_direction", [P, "(Applause)", P, H1, P, "[laughter]", P, H2, P])
case("chorus_caps", [P, "    WE SHALL NOT, WE SHALL NOT BE MOVED,\n    WE SHALL NOT, WE SHALL NOT BE MOVED,", P, H1, P, H2, P])
case("schedule_times", [P, "9:00 a.m.   Registration\n10:30 a.m.  Opening remarks\n12:00 noon  Lunch", P, H1, P, H2, P])
case("memo_header", ["TO:      All Members\nFROM:    Martha Cole\nRE:      County Road\nDATE:    March 12, 1994", P, P, P])
case("dateline_prose", ["WASHINGTON (AP) -- " + prose(2), P, H1, P, H2, P])
case("sign_off", [P, H1, P, H2, P, "Peace,", "Martha"])
case("vote_slogan", [P, "VOTE NO ON PROPOSITION 13!", P, H1, P, "VOTE NO ON PROPOSITION 13!", P, H2, P])
case("amen", [P, "Amen.", P, H1, P, H2, P])
case("page_numbers", [P, "Page 2", P, H1, P, "Page 3", P, H2, P])
case("running_header", [P, "THE GRANGE NEWSLETTER                                        Page 2", P, H1, P, "THE GRANGE NEWSLETTER                                        Page 3", P, H2, P])
case("keywords_line", ["Keywords: roads, county, grange, flood", P, H1, P, H2, P])
case("label_colon_intro", [P, "Here is what happened:", P, H1, P, "Consider the following:", P, H2, P])
case("short_name_line", [P, H1, P, H2, P, "Martha Cole", "Springfield, Ohio", "March 1994"])
case("upload_note", ["Uploaded by The Sysop of The Freedom BBS (614) 555-1212", P, H1, P, H2, P])
case("caps_interjection_in_prose", [P, "NO MORE!", P, H1, P, "NEVER AGAIN!", P, H2, P])
case("quoted_sign_text", [P, "The sign on the door read:", "       CLOSED BY ORDER OF THE COUNTY", P, H1, P, H2, P])
case("ascii_rule_title_repeat", [P, "========================================", P, H1, P, H2, P])
case("enclosed_caps_phrase", [P, "*** URGENT ***", P, H1, P, H2, P])
case("ps_caps", [P, H1, P, H2, P, "P.S. THE MEETING IS MOVED TO THURSDAY."])

case("update_prefix", [P, "UPDATE: The county has agreed to meet with us.", P, H1, P, H2, P])
case("figure_caption", [P, "Fig. 1. Water levels at the county bridge, April 1993.", P, H1, P, H2, P])
case("table_caption", [P, "Table 2. Membership by year", "  1991    112\n  1992    130", P, H1, P, H2, P])
case("chorus_label", [P, "Chorus:", "    We shall not be moved,\n    We shall not be moved,", P, H1, P, H2, P])
case("bbs_greeting", ["Hi all!", P, H1, P, H2, P, "Just my two cents.", "Thanks in advance!"])
case("respectfully_submitted", [P, H1, P, H2, P, "Respectfully submitted,", "Martha Cole, Secretary"])
case("minutes_motion", [P, "Motion carried.", P, H1, P, "Minutes approved as read.", P, H2, P])
case("attendance_line", ["Present: Adams, Baker, Carter, Dunn.\nAbsent: Evans.", P, H1, P, H2, P])
case("sports_scores", [P, "Tigers 14, Bears 7\nLions 21, Hawks 3", P, H1, P, H2, P])
case("resolved_alone", [P, "RESOLVED,", P, "IN WITNESS WHEREOF, the parties have signed below.", P])
case("dear_sir_colon", ["Gentlemen:", P, H1, P, H2, P])
case("to_whom", ["To Whom It May Concern:", P, P, P])
case("more_marker", [P, "- more -", P, H1, P, H2, P])
case("fiction_dialogue_alone", [P, '"No," she said.', P, H1, P, '"Yes."', P, H2, P])
case("fiction_onomatopoeia", [P, "BANG!", P, H1, P, H2, P])
case("fiction_letter_in_text", [P, "My dearest Anne,", P, "Your loving husband,\nThomas", P, H1, P, H2, P])
case("telegram_caps", [P, "ARRIVING TUESDAY STOP SEND MONEY STOP", P, H1, P, H2, P])
case("time_skip_line", [P, "Later that evening.", P, H1, P, H2, P])
case("interviewer_label_alone", [P, H1, "INTERVIEWER:\nWhen did you first come to the valley?", "COLE:\nIn the spring of 1952, right after the war.", H2, P])
case("year_alone", [P, "1994", P, H1, P, H2, P])
case("phone_fax", [P, H1, P, H2, P, "Tel. (614) 555-1234\nFax (614) 555-4321"])
case("place_date_letter_head", ["Springfield, Ohio\nMarch 3, 1994", "Dear Editor,", P, P, "Yours truly,", "Thomas Hale"])
case("yes_no_answer", [P, "Yes.", P, H1, P, "No.", P, H2, P])
case("bible_verse_block", [P, "    For everything there is a season, and a time for every matter\n    under heaven.", "                                        Ecclesiastes 3:1", P, H1, P, H2, P])
case("title_case_phrase_alone", [P, "Enough Is Enough", P, H1, P, H2, P])
case("ellipsis_line", [P, "Anyway...", P, H1, P, H2, P])
case("caps_label_then_prose", [P, "BACKGROUND: The road was built in 1931 by the WPA and has not been\nrepaved since.", P, H1, P, H2, P])
case("hymn_number", [P, "Hymn 42", P, H1, P, H2, P])

# caps variants of texts that BBS users would type all in capitals
CAPS = ["shouted_sentence", "one_line_paragraph", "signature_block", "date_alone", "ps_lines", "sincerely_closing",
        "salutation", "qa_transcript", "speaker_caps_inline", "list_of_names", "item_list", "note_same_line",
        "continued", "classified_ads", "slogan_repeated", "attribution", "rhetorical_question", "outline_one_word",
        "recipe_ingredients_plain", "sign_off", "thank_you", "label_colon_intro", "ragged_last_line", "poem_stanzas",
        "mailing_address", "short_name_line", "editors_note", "exclamation_alone", "amen", "bible_citation", "bbs_greeting", "minutes_motion", "fiction_dialogue_alone",
        "yes_no_answer", "time_skip_line", "email_alone", "copyright_line", "press_release", "the_end", "warning_line", "whereas_clauses", "table_figures"]

def run_all(args):
    results = []
    for name, (blocks, _) in C.items():
        if args.only and not re.search(args.only, name):
            continue
        variants = [("noh", dict(headings=False)), ("h", dict(headings=True))]
        if name in CAPS:
            variants.append(("caps", dict(headings=True, caps=True)))
        shape_fail = []
        for vname, kw in variants:
            if vname == "noh" and not any(b in (H1, H2) for b in blocks):
                kw = dict(headings=False)
            t = build(blocks, **kw)
            j, p = inspect(t, f"{name}__{vname}")
            if j is None:
                print(f"{name}/{vname}: INSPECT ERROR {p[:200]}"); continue
            bad = invented(j, t)
            # real headings missing (sanity)
            if kw.get("headings") and any(b in (H1, H2) for b in blocks):
                found = set(h["line"] for h in j["headings"])
                ls = t.split("\n")
                miss = [v for v in REAL.values() if not any(ls[l-1].strip().upper() == v for l in found)]
            else:
                miss = []
            if bad:
                toc = toc_entries(p) if args.convert else None
                shape_fail.append((vname, bad, toc, p, kw))
            print(f"{name:28s} {vname:5s} invented={len(bad)} " +
                  (" | ".join(f"L{b[0]} {b[1]!r} -> {b[2]!r}" for b in bad)) +
                  (f"  [missing real: {miss}]" if miss else ""))
        results.append((name, shape_fail))
    nf = sum(1 for _, f in results if f)
    print(f"\nFAILED SHAPES: {nf}/{len(results)}")
    with open(os.path.join(WORK, "results.json"), "w") as f:
        json.dump([{ "shape": n, "fails": [{"variant": v, "invented": b, "toc": toc, "file": p} for v, b, toc, p, _ in fl]} for n, fl in results], f, indent=1)
    if args.minimize:
        os.makedirs(os.path.join(WORK, "minimal"), exist_ok=True)
        for name, fl in results:
            if not fl:
                continue
            v, bad, toc, p, kw = fl[0]
            mt = minimize(C[name][0], kw, name)
            j, mp = inspect(mt, name + "_min")
            mb = invented(j, mt)
            with open(os.path.join(WORK, "minimal", name + ".txt"), "w") as f:
                f.write(mt)
            print(f"--- {name} ({v}) minimal: invented {[b[2] for b in mb]}")
            print(mt)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("cli", nargs="?")
    ap.add_argument("--only"); ap.add_argument("--convert", action="store_true"); ap.add_argument("--minimize", action="store_true")
    run_all(ap.parse_args())
