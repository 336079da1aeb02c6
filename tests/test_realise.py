"""The input realiser over a corpus of forms people type (tests/forms/forms.yaml).

The corpus was written by someone who had not read the realiser or the composer: 370 strengths,
projects, purposes, names and details, each labelled with its form, many with the renderings a
careful writer would accept. Every form is rendered in every slot, and drafted in every kind;
the drafts must pass every error check (reads_cleanly among them) and keep what was typed.
"""

import re
from pathlib import Path

import pytest
import yaml

import llmdraft
from llmdraft import realise
from llmdraft.checks import run_checks
from llmdraft.compose import compose
from llmdraft.context import Context
from llmdraft.names import greeting, parse
from llmdraft.realise.note_sentences import say_all

CORPUS = yaml.safe_load((Path(__file__).parent / "forms" / "forms.yaml").read_text("utf-8"))
BASE = {"recipient": "Sam Lee", "sender": "Dana Holt", "project": "the Atlas migration",
        "strengths": ["SQL"], "relationship": "same-team"}
KINDS = [("request", "linkedin-message"), ("request", "connection-note"),
         ("followup", "email"), ("recommendation", "recommendation")]

# Where the corpus lists renderings the realiser deliberately does not produce, and why.
# An -ing phrase that may be a compound noun ("marketing strategy") or a gerund with an object
# ("building rapport") is said as "Dana's work on ...", which reads right either way.
DELIBERATE = {"Triaging ER patients on night shifts", "building rapport with parents",
              # "my thesis" alone would drop the verb the user gave, which project_named needs:
              # the realiser says "the thesis you supervised".
              "you supervised my thesis"}


def _ids(items):
    return [item["text"][:40] for item in items]


def _errors(kind, ctx, variant=0):
    message, subject = compose(kind, ctx, variant)
    results = run_checks(kind, ctx, message, subject)
    return message, {r.name: r.detail for r in results if not r.passed and r.severity == "error"}


@pytest.mark.parametrize("item", CORPUS["strengths"], ids=_ids(CORPUS["strengths"]))
def test_strength_renderings(item):
    found = realise.strength(item["text"])
    if "mine" in item:
        assert found.mine() in item["mine"], (found, found.mine())
    if "theirs" in item and item["text"] not in DELIBERATE:
        assert found.theirs("Dana") in item["theirs"], (found, found.theirs("Dana"))


@pytest.mark.parametrize("item", CORPUS["strengths"], ids=_ids(CORPUS["strengths"]))
def test_strengths_draft_cleanly_in_every_kind(item):
    for kind, channel in KINDS:
        ctx = Context.from_dict({**BASE, "strengths": [item["text"], "budgeting"],
                                 "channel": channel})
        message, failed = _errors(kind, ctx)
        assert not failed, (kind, message, failed)


@pytest.mark.parametrize("item", CORPUS["projects"], ids=_ids(CORPUS["projects"]))
def test_projects(item):
    found = realise.project(item["text"])
    if "on" in item and item["text"] not in DELIBERATE:
        assert found.np in item["on"], found
    for kind, channel in KINDS:
        ctx = Context.from_dict({**BASE, "project": item["text"], "channel": channel})
        message, failed = _errors(kind, ctx)
        assert not failed, (kind, message, failed)
        for text in item.get("contains", []):
            assert text.lower() in message.lower(), (text, message)


@pytest.mark.parametrize("item", CORPUS["purposes"], ids=_ids(CORPUS["purposes"]))
def test_purposes(item):
    found = realise.purpose(item["text"])
    for bad in item.get("not_contains", []):
        assert bad not in found.text + " ", (bad, found)
    for kind, channel in KINDS[:3]:
        ctx = Context.from_dict({**BASE, "purpose": item["text"], "channel": channel})
        message, failed = _errors(kind, ctx)
        assert not failed, (kind, message, failed)
        if channel != "connection-note":  # a note keeps the purpose only when it fits
            for text in item.get("contains", []):
                assert text.lower() in message.lower(), (text, message)
            for bad in ("for for", "for to ", "for so ", "to to "):
                assert bad not in message, (bad, message)


@pytest.mark.parametrize("item", CORPUS["names"], ids=_ids(CORPUS["names"]))
def test_names(item):
    name = parse(item["text"])
    informal = item["informal"] if isinstance(item["informal"], list) else [item["informal"]]
    formal = item["formal"] if isinstance(item["formal"], list) else [item["formal"]]
    assert name.informal in informal, name
    assert name.formal in formal, name
    for relationship in ("same-team", "managed-you"):
        ctx = Context.from_dict({**BASE, "recipient": item["text"], "relationship": relationship})
        message, failed = _errors("request", ctx)
        assert not failed, (message, failed)


@pytest.mark.parametrize("item", CORPUS["details"], ids=_ids(CORPUS["details"]))
def test_details(item):
    for kind, channel in (KINDS[0], KINDS[2], KINDS[3]):
        ctx = Context.from_dict({**BASE, "details": item["text"], "channel": channel})
        message, failed = _errors(kind, ctx)
        assert not failed, (kind, message, failed)
        for text in item.get("contains", []):
            assert text in message, (text, message)
        for bad in item.get("not_contains", []):
            assert bad not in message, (bad, message)


# -- exact renderings the composer relies on ------------------------------------------------

@pytest.mark.parametrize("typed, mine, theirs", [
    ("He never missed a deadline", "that I never missed a deadline",
     "that Dana never missed a deadline"),
    ("resourceful", "how resourceful I am", "how resourceful Dana is"),
    ("SQL", "my SQL skills", "Dana's SQL skills"),
    ("led the migration", "how I led the migration", "how Dana led the migration"),
    ("running weekly demos", "how I ran weekly demos", "how Dana ran weekly demos"),
    ("calm under pressure", "how calm I am under pressure", "how calm Dana is under pressure"),
    ("I always ask before I assume", "that I always ask before I assume",
     "that Dana always asks before they assume"),
    ("my eye for detail", "my eye for detail", "Dana's eye for detail"),
    ("her rapport with families", "my rapport with families", "Dana's rapport with families"),
    ("build dashboards", "my ability to build dashboards", "Dana's ability to build dashboards"),
    ("very organized", "that I'm very organized", "that Dana is very organized"),
    ("fair boss", "that I'm a fair boss", "that Dana is a fair boss"),
    ("safety first", "my safety-first approach", "Dana's safety-first approach"),
    ("safety walks", "my work on safety walks", "Dana's work on safety walks"),
    ("interviews with agents", "my work on interviews with agents",
     "Dana's work on interviews with agents"),
    ("works with clients", "that I work with clients", "that Dana works with clients"),
    ("on time every shift", "that I'm on time every shift", "that Dana is on time every shift"),
    ("under pressure", "how I worked under pressure", "how Dana worked under pressure"),
    ("Arabic interpretation", "my Arabic interpretation", "Dana's Arabic interpretation"),
    ("speaking Twi", "my Twi skills", "Dana's Twi skills"),
    ("fast", "that I'm fast", "that Dana is fast"),
    ("never once late", "that I'm never once late", "that Dana is never once late"),
    ("listens", "that I listen", "that Dana listens"),
    ("fixes anything", "that I fix anything", "that Dana fixes anything"),
    ("courage", "my courage", "Dana's courage"),  # a virtue, not a skill set
    ("vaccination clinics", "my work on vaccination clinics", "Dana's work on vaccination clinics"),
    ("hair and makeup", "my work on hair and makeup", "Dana's work on hair and makeup"),
    ("always smiling", "that I'm always smiling", "that Dana is always smiling"),
    ("lead capture", "my lead capture skills", "Dana's lead capture skills"),
    ("palliative care", "my work in palliative care", "Dana's work in palliative care"),
    ("solar PV installation", "my work on solar PV installation",
     "Dana's work on solar PV installation"),
    ("exacting standards", "my exacting standards", "Dana's exacting standards"),
    ("measure twice, cut once", 'my "measure twice, cut once" approach',
     'Dana\'s "measure twice, cut once" approach'),
    ("differentiated instruction", "my differentiated instruction skills",
     "Dana's differentiated instruction skills"),
    ("crew morale", "how I lifted crew morale", "how Dana lifted crew morale"),
    ("prompt feedback", "my prompt feedback", "Dana's prompt feedback"),
    ("Always smiling with customers", "that I'm always smiling with customers",
     "that Dana is always smiling with customers"),
    ("k8s", "my k8s skills", "Dana's k8s skills"),
    ("she says I'm a great listener", "that I'm a great listener", "that Dana is a great listener"),
    ("kind but demanding", "how kind but demanding I am", "how kind but demanding Dana is"),
    ("team captain 2022", "that I was team captain in 2022", "that Dana was team captain in 2022"),
    ("Russian-Kazakh-English trilingual", "that I'm Russian-Kazakh-English trilingual",
     "that Dana is Russian-Kazakh-English trilingual"),
    ("cold storage", "my work on cold storage", "Dana's work on cold storage"),
    ("ticketing systems", "my work on ticketing systems", "Dana's work on ticketing systems"),
    ("straddle carrier operation", "my straddle carrier operation skills",
     "Dana's straddle carrier operation skills"),
    ("Ofsted paperwork", "my work on Ofsted paperwork", "Dana's work on Ofsted paperwork"),
    ("patient privacy", "my work on patient privacy", "Dana's work on patient privacy"),
    ("first responder", "that I'm a first responder", "that Dana is a first responder"),
    ("first aid", "my first aid skills", "Dana's first aid skills"),
    ("android", "my Android skills", "Dana's Android skills"),
    ("churn modelling", "my churn modelling skills", "Dana's churn modelling skills"),
    ("very detail oriented", "that I'm very detail-oriented", "that Dana is very detail-oriented"),
    ("wholesale accounts", "my work on wholesale accounts", "Dana's work on wholesale accounts"),
    ("orbital mechanics", "my orbital mechanics skills", "Dana's orbital mechanics skills"),
    ("play-based learning", "my work on play-based learning", "Dana's work on play-based learning"),
    ("permit to work", "my permit-to-work skills", "Dana's permit-to-work skills"),
    ("sourdough", "my sourdough skills", "Dana's sourdough skills"),
    ("cleaned up after ourselves", "how I cleaned up after myself",
     "how Dana cleaned up after themselves"),
    ("Leave it better than you found it", 'my "Leave it better than you found it" approach',
     'Dana\'s "Leave it better than you found it" approach'),
    ("guest experience", "my work on guest experience", "Dana's work on guest experience"),
    ("statistical rigour", "my statistical rigour", "Dana's statistical rigour"),
    ("Somali, Arabic, English", "my Somali, Arabic and English skills",
     "Dana's Somali, Arabic and English skills"),
    ("permit applications", "my work on permit applications", "Dana's work on permit applications"),
    ("spreadsheet wizard", "that I'm a spreadsheet wizard", "that Dana is a spreadsheet wizard"),
    ("calm when things went wrong", "how calm I was when things went wrong",
     "how calm Dana was when things went wrong"),
])
def test_strength_forms(typed, mine, theirs):
    found = realise.strength(typed)
    assert (found.mine(), found.theirs("Dana")) == (mine, theirs)


@pytest.mark.parametrize("typed, np, on", [
    ("Launching our Lisbon office", "launching our Lisbon office", "on launching our Lisbon office"),
    ("Acme Corp's intranet", "Acme Corp's intranet", "on Acme Corp's intranet"),
    ("warehouse automation pilot", "the warehouse automation pilot",
     "on the warehouse automation pilot"),
    ("Project Apollo", "Project Apollo", "on Project Apollo"),
    ("MKTG 301", "MKTG 301", "in MKTG 301"),
    ("we rebuilt the intake process", "rebuilding the intake process",
     "on rebuilding the intake process"),
    ("my capstone", "my capstone", "on my capstone"),
    # sentence case: an adjective first is not a name; a noun first may be a code name
    ("Mobile money agent onboarding", "the mobile money agent onboarding",
     "on the mobile money agent onboarding"),
    ("Phoenix migration", "the Phoenix migration", "on the Phoenix migration"),
    ("church youth choir", "the church youth choir", "in the church youth choir"),
    ("black friday 2022 at the Eastfield store", "Black Friday 2022 at the Eastfield store",
     "on Black Friday 2022 at the Eastfield store"),
    ("'Yerma' at Teatro del Barrio", "'Yerma' at Teatro del Barrio", "on 'Yerma' at Teatro del Barrio"),
    ("cs 101", "CS 101", "in CS 101"),
    ("phase 2 rollout", "the phase 2 rollout", "on the phase 2 rollout"),
    ("holiday season at Target store", "the holiday season at the Target store",
     "during the holiday season at the Target store"),
    ("Trattoria Bianchi", "Trattoria Bianchi", "at Trattoria Bianchi"),
    ("Stroke Unit, Charité", "the Stroke Unit at Charité", "in the Stroke Unit at Charité"),
    ("2 yrs at the DHL hub", "my 2 years at the DHL hub", "during my 2 years at the DHL hub"),
    ("hurling club fundraiser", "the hurling club fundraiser", "on the hurling club fundraiser"),
    ("Master's thesis on battery recycling", "my Master's thesis on battery recycling",
     "on my Master's thesis on battery recycling"),
    ("Máster en Traducción, Universidad de Salamanca 2022",
     "the Máster en Traducción at Universidad de Salamanca in 2022",
     "in the Máster en Traducción at Universidad de Salamanca in 2022"),
    ("marco's restaurant relaunch", "Marco's restaurant relaunch", "on Marco's restaurant relaunch"),
    ("MSc thesis group, TU Delft", "the MSc thesis group at TU Delft",
     "in the MSc thesis group at TU Delft"),
    ("cocoa farmer training, Ashanti Region", "the cocoa farmer training in the Ashanti Region",
     "on the cocoa farmer training in the Ashanti Region"),
    ("Henderson Roofing", "Henderson Roofing", "at Henderson Roofing"),
    ("Japanese 301", "Japanese 301", "in Japanese 301"),
    ("MIT 15.390 New Enterprises", "MIT 15.390 New Enterprises", "in MIT 15.390 New Enterprises"),
    ("Lagos Business School MBA", "the Lagos Business School MBA",
     "in the Lagos Business School MBA"),
    ("county 911 dispatch center", "the county 911 dispatch center",
     "at the county 911 dispatch center"),
    ("wedding at Finca El Olivar", "the wedding at Finca El Olivar",
     "on the wedding at Finca El Olivar"),
    ("The Conti Family Winery's first export", "the Conti Family Winery's first export",
     "on the Conti Family Winery's first export"),
    # A paper's "The" is its name's: "The Hindu's desk", not "the Hindu's desk".
    ("The Hindu's election data desk", "The Hindu's election data desk",
     "on The Hindu's election data desk"),
    # A named project keeps its order; its place and years go after it.
    ("Operation Cabrit deployment, Estonia 2021", "the Operation Cabrit deployment in Estonia in 2021",
     "on the Operation Cabrit deployment in Estonia in 2021"),
    ("Trinity College Enactus accelerator 2019-2020", "the Trinity College Enactus accelerator "
     "(2019-2020)", "on the Trinity College Enactus accelerator (2019-2020)"),
    ("Riverside High football 2019-2021", "Riverside High football (2019-2021)",
     "in Riverside High football (2019-2021)"),
    ("pupillage at the Lagos State High Court", "the pupillage at the Lagos State High Court",
     "during the pupillage at the Lagos State High Court"),
    # Something one keeps doing is done "while", a task is worked "on".
    ("looking after the Martin twins", "looking after the Martin twins",
     "while looking after the Martin twins"),
    ("migrating payroll to Workday", "migrating payroll to Workday",
     "on migrating payroll to Workday"),
    ("catering our annual conference", "catering our annual conference",
     "on catering our annual conference"),  # a gerund's own head is no place to be "at"
    # A place-word after the name says where; a code's subject goes in brackets.
    ("Paris Fashion Week 2023 backstage", "backstage at Paris Fashion Week 2023",
     "backstage at Paris Fashion Week 2023"),
    ("CS 6140 machine learning", "CS 6140 (Machine Learning)", "in CS 6140 (Machine Learning)"),
    ("the Fort Hood armory", "the Fort Hood armory", "at the Fort Hood armory"),
    ("the Karachi microfinance branch", "the Karachi microfinance branch",
     "at the Karachi microfinance branch"),
    ("the shearing gang, canterbury", "the shearing gang in Canterbury",
     "on the shearing gang in Canterbury"),
    ("q2 sales push", "the Q2 sales push", "on the Q2 sales push"),
    # The story typed after a project is not part of its name.
    ("the website relaunch which took forever because of the CMS issues", "the website relaunch",
     "on the website relaunch"),
])
def test_project_forms(typed, np, on):
    found = realise.project(typed)
    assert (found.np, found.on) == (np, on)


@pytest.mark.parametrize("typed, form, text", [
    ("for my freelance practice", "goal", "my freelance practice"),
    ("so I can move into consulting", "so", "so I can move into consulting"),
    ("To land a new role", "hope", "to land a new role"),
    ("applying for PhD programs", "activity", "applying for PhD programs"),
    ("Job Search", "goal", "my job search"),
    ("I'm up for promotion", "clause", "I'm up for promotion"),
    ("my contract ends in June", "clause", "My contract ends in June"),
    ("PhD programs in development economics", "goals", "PhD programs in development economics"),
    ("get more clients", "hope", "to get more clients"),
    ("freelance", "goal", "my freelance work"),
    ("grad school in chemistry", "goal", "grad school in chemistry"),
    ("Apply for jobs", "hope", "to apply for jobs"),  # a bare verb: what they hope to do
    ("move into consulting", "hope", "to move into consulting"),
    ("Teach for South Africa fellowship", "target", "the Teach for South Africa fellowship"),  # aimed at, never "my"
    # The wish itself without its "I", and a weekday in its capital.
    ("need it before my interview on 3 June", "clause", "I need it before my interview on 3 June"),
    ("want to move into sales", "clause", "I want to move into sales"),
    ("need 2 refs by friday", "clause", "I need 2 refs by Friday"),
    # A post one is going for is aimed at, not helped along; a funding round keeps its name.
    ("a hotel operations manager role", "target", "a hotel operations manager role"),
    ("charge nurse position", "target", "a charge nurse position"),
    ("series a fundraising", "goal", "my Series A fundraising"),
])
def test_purpose_forms(typed, form, text):
    assert realise.purpose(typed) == realise.Purpose(form, text)


def test_facts_become_sentences_in_each_voice():
    found = realise.facts("cut costs by 20%\n- trained 12 new hires; She led the night shift; "
                          "pass rate went from 61% to 78%; finished his remodel in 3 weeks")
    # Written to someone, the details' "she" and "his" are the reader.
    assert realise.fact_sentences(found) == [
        "I cut costs by 20%, trained 12 new hires, and finished your remodel in 3 weeks.",
        "You led the night shift.", "The pass rate went from 61% to 78%."]
    # In a recommendation they are the person recommended.
    assert realise.fact_sentences(found, "Dana", third=True) == [
        "Dana cut costs by 20%, trained 12 new hires, and finished his remodel in 3 weeks.",
        "She led the night shift.", "The pass rate went from 61% to 78%."]


@pytest.mark.parametrize("typed, said", [
    ("300 families fed weekly", "300 families were fed weekly."),
    ("no food wasted in 2023", "No food was wasted in 2023."),
    ("60 raised beds built", "60 raised beds were built."),
    ("3 appeals, all won", "All 3 appeals were won."),
    ("3 students earned scholarships", "3 students earned scholarships."),  # active, as typed
    ("regulars asked for the terrace by name", "Regulars asked for the terrace by name."),
    ("water use fell by half", "Water use fell by half."),  # a measure takes no "the"
    ("thesis graded 12 (top mark)", "The thesis was graded 12 (top mark)."),
    ("new timetable adopted March 2024", "The new timetable was adopted in March 2024."),
    ("portfolio at risk under 2%", "The portfolio at risk was under 2%."),
    ("gala raised $1.2M", "The gala raised $1.2M."),  # a figure in capitals is no passive's mark
    ("yield up 14% the next season", "Yield went up 14% the next season."),
    ("mis-picks down to 0.3%", "Mis-picks went down to 0.3%."),
    ("delivered 600 edited photos in 2 weeks", "I delivered 600 edited photos in 2 weeks."),
    ("Record year: 1,000 families housed", "The record year had 1,000 families housed."),
    ("cut warehouse costs 35%", "I cut warehouse costs by 35%."),
    ("CSAT from 78% to 91%", "CSAT went from 78% to 91%."),
    ("water use down a third", "Water use went down a third."),
    ("never missed a Saturday", "I never missed a Saturday."),
    ("Top seller Q2 2023", "I was named top seller in Q2 2023."),
    # a sentence that mentions an award is not an award won
    ("The rollout won a state innovation prize in 2022",
     "The rollout won a state innovation prize in 2022."),
    ("her series was shortlisted for the Goenka award", "Your series was shortlisted for the Goenka award."),
    ("team captain", "I served as team captain."),
    ("Dispatcher of the Year 2021. 12 years of service.",
     "I was named Dispatcher of the Year 2021 and gave 12 years of service."),
    ("She said the audit was the smoothest she'd seen",
     "You said the audit was the smoothest you'd seen."),
])
def test_headlines_without_their_verb_get_one(typed, said):
    assert realise.fact_sentences(realise.facts(typed)) == [said]


def test_a_milestone_with_its_timing_is_the_projects():
    found = realise.facts("reopened two weeks early")
    assert realise.fact_sentences(found, thing="the library refurbishment") == [
        "We reopened two weeks early."]


@pytest.mark.parametrize("typed, said", [
    ("VP, Corporate Development", "VP of Corporate Development"),
    ("Command Sergeant Major, 3rd Sustainment Brigade",
     "Command Sergeant Major of the 3rd Sustainment Brigade"),
    ("Judge of the High Court, Enugu State", "Judge of the High Court in Enugu State"),
    ("Head of Data, Northwind", "Head of Data at Northwind"),
    ("Construction Project Manager", "a construction project manager"),  # one of many
    ("Artistic Director", "Artistic Director"),  # one of a kind
])
def test_a_roles_comma_becomes_the_right_preposition(typed, said):
    assert realise.role(typed) == said


def test_a_long_project_with_a_short_name_goes_by_it_in_a_connection_note():
    ctx = Context.from_dict({**BASE, "channel": "connection-note", "project":
                             "the cross-functional, multi-country, three-phase digital "
                             "transformation and customer experience harmonisation initiative "
                             "for the EMEA retail banking division (Project Horizon)"})
    message, failed = _errors("request", ctx)
    assert "Project Horizon" in message and not failed, (message, failed)


def test_a_figure_shared_out_joins_the_fact_before_it():
    found = realise.facts("ran 3 conferences; 1,500 attendees each")
    assert realise.fact_sentences(found) == ["I ran 3 conferences, with 1,500 attendees each."]
    assert len(realise.facts("1,500 attendees each")) == 1  # alone, it stays as typed


def test_a_writers_own_my_stays_theirs_in_a_recommendation():
    found = realise.strength("kept my mother calm")
    assert found.theirs("she", "her", writer=True) == "how she kept my mother calm"
    assert found.theirs("Dana") == "how Dana kept their mother calm"  # the requester's words
    assert realise.strength("my eye for detail").theirs("she", "her") == "her eye for detail"


def test_a_capitalised_tool_among_lower_case_strengths_keeps_its_capital():
    found = realise.strengths(["3D modelling", "Rhino"])
    assert found[1].mine() == "my Rhino skills"


def test_a_short_project_keeps_its_first_word_and_a_long_one_falls_back_to_its_head():
    shorter = realise.project("surf school summer camps").shorter()
    assert shorter and all("surf" in np for np in shorter), shorter  # shortened, never without it
    long = realise.project("the cross-departmental initiative to consolidate procurement across "
                           "our five subsidiaries")
    assert long.head() == "the cross-departmental initiative"


@pytest.mark.parametrize("np, said", [("8-month contract", "an 8-month contract"),
                                      ("11-week sprint", "an 11-week sprint"),
                                      ("12-week sprint", "a 12-week sprint"),
                                      ("3.6 GPA", "a 3.6 GPA")])
def test_a_figure_takes_a_or_an_by_how_it_is_said(np, said):
    assert realise.indefinite(np) == said


def test_fields_of_work_said_once():
    assert realise.join_mine(["my work on label compliance", "my work on TTB approvals",
                              "my work on sales decks"]) == \
        "my work on label compliance, TTB approvals, and sales decks"


def test_skills_said_once_when_every_strength_is_one():
    assert realise.join_mine(["my SQL skills", "my Python skills", "my Tableau skills"]) == \
        "my SQL, Python and Tableau skills"
    mixed = ["my SQL skills", "how calm I am under pressure"]
    assert realise.join_mine(mixed) == realise.join(mixed)


@pytest.mark.parametrize("typed, said", [
    ("two years, 2021-2023", "That work spanned two years, from 2021 to 2023."),
    ("3 yrs (2019-22)", "That work spanned 3 years, from 2019 to 2022."),
    ("2019-2021", "That work ran from 2019 to 2021."),
    ("about 6 months", "That work spanned about 6 months."),
])
def test_how_long_the_work_lasted_is_said_of_the_work(typed, said):
    found = realise.facts(typed)
    assert [f.form for f in found] == ["span"]
    assert realise.fact_sentences(found) == [said]


def _evidence(ctx, kind="request"):
    """The details said as sentences (a recommendation says them so; a request lists two or
    more), with the phrasing of `kind`."""
    from llmdraft.compose.common import Picker, evidence, table
    return " ".join(evidence(realise.facts(ctx.details), Picker(ctx, 0, kind), table(kind)))


def test_a_span_comes_after_the_evidence_without_a_lead_in():
    ctx = Context.from_dict({**BASE, "details": "two years, 2021-2023; cut costs by 20%"})
    said = _evidence(ctx)
    assert "That work spanned two years, from 2021 to 2023." in said
    assert said.index("cut costs") < said.index("That work spanned")
    message, errors = _errors("request", ctx)  # in a request: the deed listed, the span after
    assert ":\n- Cut costs by 20%\n\nThat work spanned two years, from 2021 to 2023." in message, \
        message
    assert not errors


def test_a_teacher_of_a_sport_coached_and_someone_doing_a_job_was_doing_it():
    ctx = Context.from_dict({"recipient": "Mike Ross", "sender": "Ann Lee", "relationship":
                             "teacher", "project": "JV basketball 2019-2021",
                             "strengths": ["work ethic"]})
    assert realise.project(ctx.project).sport
    messages = [compose("recommendation", ctx, v)[0] for v in range(6)]
    assert not any("taught Mike" in m for m in messages)
    assert any("coached Mike in JV basketball (2019-2021)" in m for m in messages)
    ctx = Context.from_dict({**ctx.to_dict(), "relationship": "client",
                             "project": "looking after our twins"})
    message, errors = _errors("recommendation", ctx)
    assert "while looking" not in message and "on looking" not in message
    assert "when they were looking after our twins" in message
    assert not errors


@pytest.mark.parametrize("typed, mine, theirs", [
    ("writing clearly", "how clearly I write", "how clearly Dana writes"),
    ("meticulous proofreader", "that I'm a meticulous proofreader",
     "that Dana is a meticulous proofreader"),
    ("coordinated with FEMA", "how I coordinated with FEMA", "how Dana coordinated with FEMA"),
    ("performed at the Sawai Gandharva festival", "that I performed at the Sawai Gandharva festival",
     "that Dana performed at the Sawai Gandharva festival"),
    ("respected by her staff", "how respected I am by my staff", "how respected Dana is by her staff"),
    ("seedling nursery management", "my work on seedling nursery management",
     "Dana's work on seedling nursery management"),
    ("set styling", "my set styling skills", "Dana's set styling skills"),
    ("troubleshooting conveyors", "how I troubleshot conveyors", "how Dana troubleshot conveyors"),
    ("HIPAA", "my knowledge of HIPAA", "Dana's knowledge of HIPAA"),
    ("handled the friday rush", "how I handled the Friday rush", "how Dana handled the Friday rush"),
    ("tiktok videos", "my work on TikTok videos", "Dana's work on TikTok videos"),
])
def test_strengths_from_the_twentieth_review(typed, mine, theirs):
    found = realise.strength(typed)
    assert (found.mine(), found.theirs("Dana")) == (mine, theirs)


@pytest.mark.parametrize("typed, said", [
    ("raised €18,000", "I raised €18,000."),  # the sum, not a change "by" it
    ("18 months on nights", "I spent 18 months on nights."),
    ("June 2022", "That work took place in June 2022."),
    ("never late", "I was never late."),
    ("Top shearer at the Golden Shears heats 2023", "I was top shearer at the Golden Shears heats 2023."),
    ("WAEC pass rate rose from 45% to 71%", "The WAEC pass rate rose from 45% to 71%."),
    ("completed in 3 weeks", "The project was completed in 3 weeks."),
])
def test_facts_from_the_twentieth_review(typed, said):
    assert realise.fact_sentences(realise.facts(typed)) == [said]


def test_a_recommendation_trusts_them_only_with_work_and_never_says_a_post_aimed_at_is_had():
    base = {"recipient": "Hana Novak", "sender": "Petr Dvorak", "strengths": ["scheduling"],
            "relationship": "client", "purpose": "a hotel operations manager role"}
    for project in ("the night shift on the cardiac ward", "looking after our twins",
                    "the Karachi microfinance branch"):
        ctx = Context.from_dict({**base, "project": project})
        for variant in range(6):
            message, errors = _errors("recommendation", ctx, variant)
            assert "project like" not in message, (project, variant)
            assert "support Hana in a hotel" not in message
            assert "manager role ahead" not in message
            assert not re.search(r"(?:applying|looking at|pursuing|working toward|going after|"
                                 r"considering)[^.]*manager role", message), message  # a public
            #   text does not announce a job hunt (reader 69); the writer may back her for one
            assert not errors, (project, variant, errors)
    ctx = Context.from_dict({**base, "project": "the booking system migration"})
    assert any("project like" in compose("recommendation", ctx, v)[0] for v in range(6))


def test_a_recommendation_names_skills_together_in_the_order_typed():
    """The strongest point has a sentence of its own in the first paragraph; further skills
    with no details of their own share one sentence, in the order typed, as typed: no guessed
    head ("her lighting skills")."""
    ctx = Context.from_dict({"recipient": "Emma Berg", "sender": "Ola Nordmann",
                             "relationship": "different-teams", "project": "IKEA catalogue photography",
                             "strengths": ["lighting", "set styling", "photoshop"]})
    for variant in range(6):
        message, errors = _errors("recommendation", ctx, variant)
        first = message.split("\n\n")[0]  # one further sentence and nothing else: no paragraph
        lead, further = first.split(". ")[1:3]  # of one line (reader 121)
        assert "lighting" in lead and "styling" not in lead, message
        assert "set styling and Photoshop" in further, message
        assert " skills" not in message, message
        assert not errors, errors


def test_a_note_keeps_a_short_project_whole_and_its_variants_differ():
    ctx = Context.from_dict({"recipient": "Bongani Dlamini", "project": "Soweto community garden",
                             "strengths": ["composting", "getting kids involved"],
                             "relationship": "same-team", "channel": "connection-note"})
    notes = [compose("request", ctx, v)[0] for v in range(6)]
    assert all("Soweto community garden" in n and len(n) <= 200 for n in notes), notes
    assert len(set(notes)) == 6 and len({n.split(",", 1)[1].split("?")[0] for n in notes}) >= 2, notes  # the
    #   notes differ; the ask less than it did, as every note keeps the question about their
    #   strengths, which a terser ask leaves room for (readers 205, 206)
    assert all(n.count("?") == 2 for n in notes), notes
    emoji = Context.from_dict({**ctx.to_dict(), "project": "the summer camp 🏕️",
                               "channel": "linkedin-message"})
    assert not _errors("request", emoji)[1]  # an emoji names nothing the draft must repeat


@pytest.mark.parametrize("typed, said", [
    ("nominated for Nurse of the Year 2023", "I was nominated for Nurse of the Year 2023."),
    ("cut average triage time from 22 to 14 minutes",
     "I cut the average triage time from 22 to 14 minutes."),
    ("served 6 years", "I served 6 years."),  # a person's service, not the project's reach
    ("Army Achievement Medal 2019", "I received the Army Achievement Medal in 2019."),
    ("40,000 nets distributed; 2 districts", "40,000 nets were distributed across 2 districts."),
    ("should pay for itself in 4 years", "It should pay for itself in 4 years."),
])
def test_facts_from_the_twenty_first_review(typed, said):
    assert realise.fact_sentences(realise.facts(typed), thing="the convoy") == [said]


@pytest.mark.parametrize("typed, mine", [
    ("reading blueprints", "how I read blueprints"),
    ("signalling systems", "my work on signalling systems"),
    ("lift ops", "my work on lift ops"),
    ("Lean", "my Lean skills"),
    ("top 5% of the class", "that I was in the top 5% of the class"),
    ("reliable af", "how reliable I am"),
    ("patient w/ angry customers", "how patient I am with angry customers"),
    ("data collection using ODK", "my data collection using ODK"),
    ("water law", "my knowledge of water law"),
    ("building codes", "my knowledge of building codes"),  # codes are known, not built (reader 146)
    ("exacting standards", "my exacting standards"),
])
def test_strengths_from_the_twenty_first_review(typed, mine):
    assert realise.strength(typed).mine() == mine


@pytest.mark.parametrize("typed, np", [
    ("Project Aurora (the Q3 2021 ERP cutover)", "Project Aurora (the Q3 2021 ERP cutover)"),
    ("the warehouse!!! (dc 4 in reno)", "the warehouse (DC 4 in Reno)"),
    ("customer support team, night shift", "the customer support team on the night shift"),
    ("the Houston refinery turnaround, spring 2023", "the Houston refinery turnaround in spring 2023"),
    ("varsity track and field", "the varsity track and field team"),
    ("telemedicine pilot in rural kerala", "the telemedicine pilot in rural Kerala"),
])
def test_projects_from_the_twenty_first_review(typed, np):
    assert realise.project(typed).np == np


@pytest.mark.parametrize("typed, form, text", [
    ("assistant store manager", "target", "an assistant store manager role"),
    ("for a venture fellowship application", "goal", "my venture fellowship application"),
    ("Y Combinator", "activity", "applying to Y Combinator"),
    ("my safety supervisor roles -- apps close Friday", "goals", "safety supervisor roles"),
    ("a new job at amazon hopefully", "target", "a new job at Amazon"),
])
def test_purposes_from_the_twenty_first_review(typed, form, text):
    assert realise.purpose(typed) == realise.Purpose(form, text)


def test_a_team_is_not_a_team_twice_and_a_court_takes_its_article():
    ctx = Context.from_dict({"recipient": "Lena Vogel", "sender": "Jonas Bauer",
                             "relationship": "managed-you", "project": "the Munich office's HR team",
                             "strengths": ["employment law"]})
    for variant in range(6):
        message, errors = _errors("recommendation", ctx, variant)
        assert "team on the Munich" not in message and not errors, message
    assert realise.role("Judge, U.S. Court of Appeals for the Ninth Circuit") == \
        "a judge at the U.S. Court of Appeals for the Ninth Circuit"


@pytest.mark.parametrize("typed, np, on", [
    ("Phoenix Children's Hospital pediatric ICU", "the pediatric ICU at Phoenix Children's Hospital",
     "in the pediatric ICU at Phoenix Children's Hospital"),
    ("the night shift, Ford Louisville Assembly", "the night shift at Ford Louisville Assembly",
     "on the night shift at Ford Louisville Assembly"),
    ("AP Calculus BC, 2017", "AP Calculus BC (2017)", "in AP Calculus BC (2017)"),
    ("Sunday school teaching at Christ Church Kumasi", "Sunday school teaching at Christ Church Kumasi",
     "in Sunday school teaching at Christ Church Kumasi"),
    ("Executive MBA at INSEAD Abu Dhabi", "the Executive MBA at INSEAD Abu Dhabi",
     "in the Executive MBA at INSEAD Abu Dhabi"),
    ("the welding cert class @ Lincoln Tech", "the welding cert class at Lincoln Tech",
     "in the welding cert class at Lincoln Tech"),
    ("Bunnings Warehouse garden centre, weekends", "the Bunnings Warehouse garden centre on weekends",
     "at the Bunnings Warehouse garden centre on weekends"),
    ("Target store #1423 — electronics dept.", "the Target store #1423 (electronics department)",
     "at the Target store #1423 (electronics department)"),
    ("Dublin-Belfast fibre link", "the Dublin-Belfast fibre link", "on the Dublin-Belfast fibre link"),
])
def test_projects_from_the_twenty_second_review(typed, np, on):
    found = realise.project(typed)
    assert (found.np, found.on) == (np, on)


@pytest.mark.parametrize("typed, mine", [
    ("permits", "my work on permits"),
    ("linear optimization", "my linear optimization skills"),
    ("fast typer", "that I'm a fast typer"),
    ("not calling in sick", "that I never call in sick"),
    ("kept his voice", "how I kept his voice"),  # the author's voice, not mine
    ("led her team to the final", "how I led my team to the final"),
    ("hr policy", "my knowledge of HR policy"),
])
def test_strengths_from_the_twenty_second_review(typed, mine):
    assert realise.strength(typed).mine() == mine


@pytest.mark.parametrize("typed, form, text", [
    ("new job in logistics", "target", "a new job in logistics"),
    ("WHO consultant roster", "target", "a place on the WHO consultant roster"),
    ("more wedding bookings", "activity", "winning more wedding bookings"),
    ("Director of Engineering roles", "goals", "Director of Engineering roles"),
    ("Country Manager roles", "goals", "Country Manager roles"),
])
def test_purposes_from_the_twenty_second_review(typed, form, text):
    assert realise.purpose(typed) == realise.Purpose(form, text)


def test_names_roles_articles_and_a_recommenders_we_from_the_twenty_second_review():
    from llmdraft.names import greeting
    assert greeting("Big Mike", formal=False, close=True) == "Mike"
    assert realise.role("Country Manager, Japan") == "Country Manager for Japan"
    assert realise.indefinite("university scholarship") == "a university scholarship"
    said = realise.fact_sentences(realise.facts("opened in 3 new markets"), "Ahmed", third=True,
                                  thing="the brewery expansion")
    assert said == ["The brewery opened in 3 new markets."]  # not "we": the writer was not in
    #   it; and not "Ahmed opened in ...": the brewery did (reader 78's "He launched in May")
    assert realise.fact_sentences(realise.facts("zero minutes of lost airtime")) == []  # a noun:
    #                                                          the composer lists it as an amount


@pytest.mark.parametrize("typed, form, text", [
    ("to support my application to the LLM programme at LSE", "goal",
     "my application to the LLM programme at LSE"),
    ("teaching job asap pls", "target", "a teaching job"),
    ("grad nurse programme", "target", "a place on the grad nurse programme"),
    ("civilian supply chain management", "goal", "my move into civilian supply chain management"),
    ("LLM at LSE", "target", "an LLM at LSE"),
    ("master of Social Work", "target", "a Master of Social Work"),
])
def test_purposes_from_the_twenty_third_review(typed, form, text):
    assert realise.purpose(typed) == realise.Purpose(form, text)


@pytest.mark.parametrize("typed, said", [
    ("shipped v2.0 in april, crash rate went down to 0.3 %",
     ["I shipped v2.0 in April.", "The crash rate went down to 0.3%."]),
    ("the defect rate dropped 4.2%->0.6%", ["The defect rate dropped from 4.2% to 0.6%."]),
    ("presented at the Hanseatic History Conference", ["I presented at the Hanseatic History "
                                                       "Conference."]),  # mine, not "we"
    ("go-live in 5 months", ["The pilot went live in 5 months."]),
    ("the new rota cut overtime by 30%", ["The new rota cut overtime by 30%."]),  # a clause
])
def test_facts_from_the_twenty_third_review(typed, said):
    assert realise.fact_sentences(realise.facts(typed), thing="the pilot") == said


def test_strengths_and_leftovers_from_the_twenty_third_review():
    assert realise.strength("up at 4am every day").mine() == "that I was up at 4am every day"
    assert realise.strength("WASH / water sanitation").mine() == "my work on WASH / water sanitation"
    assert realise.strength("tikanga Māori advice").mine() == "my tikanga Māori advice"
    assert realise.strength("on-site troubleshooting :)").mine() == "my on-site troubleshooting"
    assert realise.project("the spring charity 5k\u200d").np == "the spring charity 5k"
    assert realise.indefinite("Google's AI Residency") == "Google's AI Residency"
    assert realise.project("Joburg call centre, 2020 to 2023 (inbound team)").np == \
        "the Joburg call centre from 2020 to 2023 (inbound team)"
    assert realise.project("night shift at the amazon fulfilment centre").np == \
        "the night shift at the Amazon fulfilment centre"


@pytest.mark.parametrize("typed, said", [
    ("thesis graded distinction", "The thesis was awarded a distinction."),
    ("raised R85,000 in 2022", "I raised R85,000 in 2022."),  # no "by" before a year
    ("completed Dec 2021", "The project was completed in Dec 2021."),
    ("all 12 stores live in 5 weeks", "All 12 stores were live in 5 weeks."),
    ("turnover back to 90% by Christmas", "Turnover was back to 90% by Christmas."),
    ("8% under budget", "The project came in 8% under budget."),
    ("Our 2023 tax returns filed three weeks early", "Our 2023 tax returns were filed three weeks early."),
    ("filed three weeks early", "The project was filed three weeks early."),
    ("finished in 6 wks", "We finished in 6 weeks."),  # "wks" spelt out
])
def test_facts_from_the_twenty_fourth_review(typed, said):
    assert realise.fact_sentences(realise.facts(typed), thing="the project") == [said]


def test_projects_purposes_and_strengths_from_the_twenty_fourth_review():
    assert realise.project("la refonte du site e-commerce").np == "la refonte du site e-commerce"
    assert realise.project("cardiology ward at Charité 2019-2021").np == \
        "the cardiology ward at Charité (2019-2021)"
    assert realise.project("Seminar on European Competition Law").on == \
        "in the Seminar on European Competition Law"
    assert realise.project("summer camp counselling at Camp Pinewood").on == \
        "in summer camp counselling at Camp Pinewood"
    assert realise.purpose("a field officer with an NGO").text == "a field officer role with an NGO"
    assert realise.purpose("new grad RN in pediatrics").text == "a new grad RN role in pediatrics"
    assert realise.strength("on call heroics").mine() == "my on call heroics"
    assert realise.strength("team lead while the manager was on leave").mine() == \
        "that I was team lead while the manager was on leave"
    assert realise.strength("good at excel").mine() == "how good I am at Excel"


def test_from_the_twenty_fifth_review():
    said = realise.fact_sentences(realise.facts("The migration went live on 1 April 2022"))
    assert said == ["The migration went live on 1 April 2022."]  # not "went live was on"
    assert realise.fact_sentences(realise.facts("came in $3,000 under budget"), "Dana", third=True,
                                  thing="the wedding") == ["The wedding came in $3,000 under budget."]
    assert realise.fact_sentences(realise.facts("go-live was on 1 April 2022")) == \
        ["The go-live was on 1 April 2022."]
    assert realise.fact_sentences(realise.facts("graduated with first class honours")) == \
        ["I graduated with first class honours."]  # mine, not "we"
    assert realise.project("North Sea rig maintenance, 2 weeks on 2 off").np == \
        "the North Sea rig maintenance (2 weeks on 2 off)"
    assert realise.strength("picking accuracy").mine() == "my picking accuracy"
    assert realise.strength("front of house").mine() == "my work on front-of-house"
    assert realise.strength("sponsorship").mine() == "my work on sponsorship"
    assert realise.purpose("strategy consulting").text == "my move into strategy consulting"
    assert realise.purpose("summer internship @ pfizer").text == "a summer internship at Pfizer"
    assert realise.purpose("my masters application at LSE").form == "goal"
    ctx = Context.from_dict({"recipient": "Kemi Ade", "sender": "Tunde Ola", "project": "the law "
                             "clinic", "strengths": ["legal research"], "relationship": "teacher",
                             "purpose": "LLM at LSE"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "an LLM at LSE" in message and " in an LLM" not in message, message  # aimed at:
        #   "pursuing", "back ... for", never had
        assert "in their LLM" not in message and "LLM at LSE ahead" not in message, message


def test_from_the_twenty_sixth_review():
    assert realise.strength("Excel macros").mine() == "my work on Excel macros"  # not "my ability to"
    assert realise.strength("Polish market expertise").mine() == "my Polish market expertise"
    assert realise.strength("set design").mine() == "my set design skills"
    assert realise.project("volunteer transport desk at Paris Olympics").np == \
        "the volunteer transport desk at the Paris Olympics"
    assert realise.project("Kowalski Plumbing & Heating").on == "at Kowalski Plumbing & Heating"
    assert realise.project("sales team Q4").np == "the sales team in Q4"
    assert realise.project("accounts payable").on == "in accounts payable"
    assert realise.project("construction site Manchester").np == "the construction site in Manchester"
    assert realise.fact_sentences(realise.facts("3 years together")) == ["That work spanned 3 years."]
    assert realise.fact_sentences(realise.facts("passed every inspection 2019-2022"), thing="the depot") \
        == ["The depot passed every inspection from 2019 to 2022."]


def test_more_from_the_twenty_sixth_review():
    assert realise.strength("react native").mine() == "my React Native skills"
    assert realise.strength("excel at closing").mine() == "my ability to excel at closing"
    assert realise.strength("safety record").mine() == "my safety record"
    assert realise.strength("opening shift").mine() == "my work on the opening shift"
    assert realise.project("architecture studio 3").on == "in Architecture Studio 3"
    assert realise.project("the rebrand,, for Solstice Yoga Studio").np == \
        "the rebrand for Solstice Yoga Studio"
    assert realise.fact_sentences(realise.facts("PMP certified since 2019")) == \
        ["I became PMP certified in 2019."]
    assert realise.purpose("the HRIS analyst opening, applications close 15 March").text == \
        "the HRIS analyst opening"
    assert realise.purpose("transition to civilian project management roles").text == \
        "my transition to civilian project management roles"
    assert realise.purpose("partner track at a CPA firm").text == "the partner track at a CPA firm"


def test_from_the_twenty_seventh_review():
    from llmdraft.names import greeting
    assert greeting("sarah LEE", formal=False, close=True) == "Sarah"
    assert realise.project("PROJECT PHOENIX").np == "Project Phoenix"
    assert realise.project("our POS rollout (40 stores...)").np == "our POS rollout (40 stores)"
    assert realise.fact_sentences(realise.facts("like 3 summers 2021-2023")) == \
        ["That work spanned 3 summers, from 2021 to 2023."]
    assert realise.strength("good w kids").mine() == "how good I am with kids"
    assert realise.strength("Derek is the guy you want on your team").theirs("Derek", "his") == \
        "that Derek is the guy you want on your team"
    assert realise.tidy_case("at the food bank on saturdays") == "at the food bank on Saturdays"
    assert realise.purpose("audit manager promotion") == \
        realise.Purpose("target", "a promotion to audit manager")  # aimed at, not "focused on
    #                                                                     going for" it
    assert realise.purpose("college apps!!! deadline is jan 1st").text == "college applications"


def test_more_from_the_twenty_seventh_review():
    assert realise.strength("being on time").mine() == "that I was on time"  # not "how I was"
    assert realise.strength("being patient with kids").theirs("they", "their") == \
        "that they were patient with kids"
    assert realise.strength("team player").short() == "being a team player"  # a list item
    assert realise.project("Leaving Cert history class").on == "in the Leaving Cert history class"
    ctx = {"recipient": "Giulia Rossi", "sender": "Marco Bianchi", "relationship": "same-team",
           "project": "opening the Trastevere kitchen", "strengths": ["menu costing"]}
    for variant in range(6):
        message = _errors("request", Context.from_dict(ctx), variant)[0]
        assert not any(f"{word} on opening" in message for word in ("together", "shared", "me")), \
            message  # "our time together while opening ...", "my work on opening ..."
    ctx = {"recipient": "Fatima Haddad", "sender": "Rania Khoury", "relationship": "client",
           "project": "bridal collection for her wedding in Amman",
           "strengths": ["hand embroidery", "listened to what she wanted"]}
    message, errors = _errors("request", Context.from_dict(ctx))
    assert "what you wanted" in message and "she wanted" not in message and not errors, message


def test_from_the_twenty_eighth_review():
    assert realise.strength("hes the guy you want next to you").mine() == \
        "that I'm the guy you want next to you"  # texting's "hes" is "he's"
    assert realise.strength("building inspections").mine() == "my work on building inspections"
    assert realise.strength("r").mine() == "my R skills"
    assert realise.strength("iv cannulation").mine() == "my work on IV cannulation"  # an unknown
    #   head ("cannulation"): no guessed "skills"
    assert Context.from_dict({**BASE, "strengths": "conducting, sight reading, very patient w "
                              "the kids"}).strengths == ("conducting", "sight reading",
                                                         "very patient w the kids")
    assert realise.purpose("tryna get a sous chef gig").text == "to get a sous chef gig"
    assert realise.purpose("wants to be a line lead") == realise.Purpose("hope", "to be a line lead")
    assert realise.purpose("Director of Housing").text == "a Director of Housing role"
    assert realise.purpose("assistant winemaker").text == "an assistant winemaker role"
    assert realise.purpose("a Director of Finance role").text == "a Director of Finance role"
    for typed, np, on in [
            ("nights on ward 4b (cardiac step down)", "nights on Ward 4B (cardiac step down)",
             "on nights on Ward 4B (cardiac step down)"),
            ("youth choir @ st andrews", "the youth choir at St Andrews",
             "in the youth choir at St Andrews"),
            ("the kitchen remodel on birch st", "the kitchen remodel on Birch St",
             "on the kitchen remodel on Birch St"),
            ("dental clinic bookkeeping FY2022-23", "the dental clinic bookkeeping for FY2022-23",
             "on the dental clinic bookkeeping for FY2022-23"),
            ("supplying the olive oil, 2019-2024", "supplying the olive oil from 2019 to 2024",
             "on supplying the olive oil from 2019 to 2024"),
            ("that awful stats group project lol (STAT 200)",
             "that awful stats group project (STAT 200)",
             "on that awful stats group project (STAT 200)"),
            ("MA in Medieval History at Durham", "the MA in Medieval History at Durham",
             "in the MA in Medieval History at Durham"),
            ("ceramics 101 at the community college", "Ceramics 101 at the community college",
             "in Ceramics 101 at the community college"),
            ("county 911 dispatch center", "the county 911 dispatch center",
             "at the county 911 dispatch center")]:
        assert (realise.project(typed).np, realise.project(typed).on) == (np, on), typed
    said = realise.fact_sentences
    assert said(realise.facts("no crew member quit mid-season")) == ["No crew member quit mid-season."]
    assert realise.facts("95% response rate in my district")[0].text == \
        "a 95% response rate in my district"
    assert realise.facts("first order from a Berlin retailer")[0].text == \
        "a first order from a Berlin retailer"
    assert said(realise.facts("i did 3 yrs of nights there 2020-2023, precepted 6 new grads")) == \
        ["I did 3 years of nights there from 2020 to 2023 and precepted 6 new grads."]
    assert said(realise.facts("served 1,200 families"), "Noah", third=True,
                thing="the launch of the Kesher food pantry") == \
        ["The Kesher food pantry served 1,200 families."]
    assert said(realise.facts("passed the audit with zero major findings"), "they",
                thing="the PCI DSS audit") == ["The PCI DSS audit passed with zero major findings."]
    assert said(realise.facts("it got shortlisted for the Prix italia")) == \
        ["It got shortlisted for the Prix Italia."]


def test_a_further_strength_told_as_a_clause_is_not_followed_by_as_well_or_a_colon():
    ctx = Context.from_dict({"recipient": "Priya Sharma", "sender": "Alex", "project": "our "
                             "devops migration", "strengths": ["k8s", "she wrote the runbooks "
                                                               "everyone actually reads"],
                             "relationship": "same-team"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "reads as well" not in message and ": that she" not in message, message


def test_a_police_rank_is_a_title():
    from llmdraft.names import greeting
    assert greeting("Inspector Rajesh Kumar", formal=True) == "Inspector Kumar"


def test_from_the_twenty_ninth_review():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "triage protocols", "triage patients", "finish carpentry", "routing optimization",
        "cook for 200", "build furniture", "composting program", "differential diagnosis",
        "lean manufacturing", "a/b testing", "always prepared", "excel wizard",
        "accountable for $2M in equipment")}
    assert mine == {
        "triage protocols": "my knowledge of triage protocols",  # known, not "my ability to triage"
        "triage patients": "my ability to triage patients",
        "finish carpentry": "my finish carpentry skills",
        "routing optimization": "my work on routing optimization",
        "cook for 200": "my ability to cook for 200",
        "build furniture": "my ability to build furniture",
        "composting program": "my work on the composting program",
        "differential diagnosis": "my differential diagnosis skills",
        "lean manufacturing": "my lean manufacturing skills",
        "a/b testing": "my A/B testing skills",
        "always prepared": "that I'm always prepared",
        "excel wizard": "that I'm an Excel wizard",
        "accountable for $2M in equipment": "that I was accountable for $2M in equipment"}
    assert Context.from_dict({**BASE, "strengths": "closed the biggest deal of the year, excel "
                              "wizard, always prepared"}).strengths == (
        "closed the biggest deal of the year", "excel wizard", "always prepared")
    purposes = {typed: realise.purpose(typed).text for typed in (
        "lookin for senior UX roles", "tryin to get my GC license", "applying for ops manager",
        "new clients", "chevening scholarship", "a supply chain masters")}
    assert purposes == {"lookin for senior UX roles": "senior UX roles",
                        "tryin to get my GC license": "to get my GC license",
                        "applying for ops manager": "applying for ops manager roles",
                        "new clients": "looking for new clients",
                        "chevening scholarship": "a Chevening scholarship",
                        "a supply chain masters": "a supply chain master's"}
    assert realise.role("Medical Director of Emergency Medicine at St. Luke's") == \
        "Medical Director of Emergency Medicine at St. Luke's"  # a post of one takes no "a"
    assert realise.role("Data Engineer at Northwind") == "a data engineer at Northwind"
    projects = {typed: realise.project(typed).on for typed in (
        "NHS 111 call centre winter surge", "kitchen reno crew summer 2023",
        "Boston Children's fundraising gala 2023", "Moscow office data warehouse",
        "the amazon DFW7 night shift")}
    assert projects == {
        "NHS 111 call centre winter surge": "on the NHS 111 call centre winter surge",
        "kitchen reno crew summer 2023": "on the kitchen reno crew in summer 2023",
        "Boston Children's fundraising gala 2023": "at Boston Children's 2023 fundraising gala",
        "Moscow office data warehouse": "on the Moscow office data warehouse",
        "the amazon DFW7 night shift": "on the Amazon DFW7 night shift"}
    said = realise.fact_sentences
    assert said(realise.facts("on time rate went from 91% to 97%, saved about 200k in overtime")) \
        == ["We saved about 200k in overtime.", "The on-time rate went from 91% to 97%."]
    assert realise.facts("30 kitchens no callbacks")[0].text == "30 kitchens with no callbacks"
    assert realise.amount("zero lost equipment over 9 months") == "was"


def test_a_students_my_thesis_is_theirs_in_their_advisors_recommendation():
    ctx = Context.from_dict({"recipient": "Aksel Berg", "sender": "Prof. Ines Ruiz",
                             "relationship": "advisor", "project": "my Master's thesis on sea ice",
                             "strengths": ["Python"]})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "my Master's" not in message and "their Master's thesis" in message, message


def test_a_recommendation_does_not_say_someone_is_looking_at_applications():
    ctx = Context.from_dict({**BASE, "purpose": "college applications"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "looking at college" not in message and "considering college" not in message


def test_a_recommendation_closes_once_and_speaks_to_a_students_next_step():
    for relationship, closeness in (("teacher", "close"), ("advisor", "professional")):
        ctx = Context.from_dict({**BASE, "relationship": relationship, "closeness": closeness,
                                 "strengths": ["SQL", "clear writing"]})
        for variant in range(6):
            message = compose("recommendation", ctx, variant)[0]
            assert not any(w in message for w in ("similar role", "works with", "A team")), message
            assert "has my full confidence" not in message, message  # one endorsement: the close
    ctx = Context.from_dict({**BASE, "strengths": ["SQL"]})
    for variant in range(6):  # not "Dana's best asset is their SQL skills"
        assert "asset, in my view, is their SQL skills" not in compose("recommendation", ctx,
                                                                          variant)[0]


def test_from_the_thirtieth_review():
    def split(typed):
        return Context.from_dict({**BASE, "strengths": typed}).strengths
    assert split("Flutter, Firebase, and REST APIs") == ("Flutter", "Firebase", "REST APIs")
    assert split("negotiated the price per kilo, spoke to the farmers in spanish and quechua, "
                 "set up the spreadsheet") == ("negotiated the price per kilo", "spoke to the "
                                               "farmers in spanish and quechua", "set up the spreadsheet")
    assert split("he wrote the PLC code for all six lines, and he was always first on the floor") \
        == ("he wrote the PLC code for all six lines", "he was always first on the floor")
    assert split("I led the team, which grew fast, and shipped on time") == (
        "I led the team, which grew fast, and shipped on time",)
    assert realise.strength("handles the register no prob").mine() == "that I handle the register"
    assert realise.strength("Six Sigma Green Belt").mine() == "that I'm a Six Sigma Green Belt"
    assert realise.project("coffee export deal w/ the roaster").np == \
        "the coffee export deal with the roaster"
    assert realise.project("Lagos newsroom's election coverage 2023").np == \
        "the Lagos newsroom's 2023 election coverage"
    assert realise.purpose("the asst manager job") == realise.Purpose("target",
                                                                      "the assistant manager job")
    assert realise.purpose("my first full-time teaching job").form == "target"
    assert realise.role("General Manager at Hotel Sakura Osaka") == \
        "General Manager at Hotel Sakura Osaka"
    said = realise.fact_sentences
    assert said(realise.facts("our live results tracker had 2 million views")) == \
        ["Our live results tracker had 2 million views."]
    assert said(realise.facts("three shows in four days, all started on time")) == \
        ["All three shows in four days started on time."]
    assert said(realise.facts("water use down 35%, grape yield same as before")) == \
        ["Water use went down 35%.", "Grape yield stayed the same."]
    assert said(realise.facts("bid submitted 2 days early")) == ["The bid was submitted 2 days early."]
    assert said(realise.facts("we hit 120% of sales goal in dec")) == \
        ["We hit 120% of sales goal in December."]


def test_goals_read_with_their_frame():
    for purpose, wrong in (("PhD applications in materials science", "looking at PhD"),
                           ("data scientist roles", "help me with data")):
        for variant in range(6):
            ctx = Context.from_dict({**BASE, "purpose": purpose, "channel": "linkedin-message"})
            assert wrong not in compose("request", ctx, variant)[0]
            assert "going after PhD" not in compose("recommendation", ctx, variant)[0]


def test_a_fact_that_shares_one_word_with_a_strength_is_not_its_example():
    ctx = Context.from_dict({**BASE, "relationship": "managed-you",
                             "strengths": ["coaching agents", "QA scorecards"],
                             "details": "team grew from 12 to 40 agents"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert not re.search(r"(?:For example|To give one instance|As one example|To take one "
                             r"example|Concretely), the team grew", message), message


def test_more_from_the_thirtieth_review():
    assert [s.mine() for s in realise.strengths(["Flutter", "Firebase"])] == \
        ["my Flutter skills", "my Firebase skills"]  # a tool beside a tool keeps its capital
    assert [s.mine() for s in realise.strengths(["Leadership", "Communication"])] == \
        ["my leadership", "my communication skills"]  # a heading's capitals do not
    assert realise.strength("fixed conveyor faults fast").mine() == "how fast I fixed conveyor faults"
    assert realise.purpose("applying for a masters in agronomy").text == \
        "applying for a master's in agronomy"
    assert realise.purpose("ciso roles").text == "CISO roles"


def test_from_the_thirty_first_review():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "fermentation", "strongest on the ladder drills", "never panics", "paid social",
        "safeguarding training", "tight deadlines", "smoke alarm installs", "kept calm")}
    assert mine == {"fermentation": "my fermentation skills",  # a process, not "how fermentation"
                    "strongest on the ladder drills": "that I was the strongest on the ladder drills",
                    "never panics": "that I never panic",
                    "paid social": "my work on paid social",
                    "safeguarding training": "my work on safeguarding training",
                    "tight deadlines": "my work to tight deadlines",
                    "smoke alarm installs": "my work on smoke alarm installs",
                    "kept calm": "how I kept calm"}
    assert realise.strength("never panics").theirs("they", "their") == "that they never panic"
    assert Context.from_dict({**BASE, "strengths": "I kept the crane schedule tight even when the "
                              "vessels came in late, good with customs paperwork"}).strengths == (
        "I kept the crane schedule tight even when the vessels came in late",
        "good with customs paperwork")
    said = realise.fact_sentences
    assert said(realise.facts("passed the skill test on the first attempt"),
                thing="the A320 type rating course") == ["I passed the skill test on the first attempt."]
    assert said(realise.facts("rated 4.7 in the Play Store"), thing="the booking app") == \
        ["The booking app was rated 4.7 in the Play Store."]
    assert said(realise.facts("reached 300 members"), "they",
                thing="the Fischer Fitness studio launch in Munich") == \
        ["The Fischer Fitness studio reached 300 members."]
    assert said(realise.facts("dissertation graded distinction")) == \
        ["The dissertation was awarded a distinction."]
    assert said(realise.facts("built in 6 wks, under budget"), thing="the food truck fit out") == \
        ["The food truck fit out was built in 6 weeks, under budget."]
    assert said(realise.facts("three of our members qualified")) == ["Three of our members qualified."]
    purposes = {typed: realise.purpose(typed).text for typed in (
        "applying to Norwegian Air Shuttle as a first officer", "applying to EKAB paramedic program",
        "new job hunting", "freelance pr work")}
    assert purposes == {
        "applying to Norwegian Air Shuttle as a first officer":
            "applying to Norwegian Air Shuttle as a first officer",
        "applying to EKAB paramedic program": "applying to the EKAB paramedic program",
        "new job hunting": "job hunting", "freelance pr work": "freelance PR work"}
    assert realise.clean("the 12 wk program; 40 a nite; 2 hr shifts") == \
        "the 12-week program; 40 a night; 2-hour shifts"
    assert realise.project("Ashfall, our co-op survival game").on == \
        "on Ashfall (our co-op survival game)"  # an aside in brackets closes itself mid-sentence
    assert realise.project("the rare books reading room").on == "in the rare books reading room"
    assert realise.project("strength coaching at our edinburgh gym").np == \
        "strength coaching at our Edinburgh gym"
    assert realise.role("Director of Libraries, Pittsburgh") == "Director of Libraries for Pittsburgh"


def test_from_the_thirty_second_review():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "touring logistics", "zoning analysis", "patient education", "excel macros",
        "she is great at running the fly system and never misses a cue",
        "he fixes the conveyor and trains new staff")}
    assert mine == {"touring logistics": "my work on touring logistics",
                    "zoning analysis": "my work on zoning analysis",
                    "patient education": "my work on patient education",
                    "excel macros": "my work on Excel macros",
                    "she is great at running the fly system and never misses a cue":
                        "that I am great at running the fly system and never miss a cue",
                    "he fixes the conveyor and trains new staff":
                        "that I fix the conveyor and train new staff"}
    assert Context.from_dict({**BASE, "strengths": "Handled all the family meetings. Always calm. "
                              "Good with the residents"}).strengths == (
        "Handled all the family meetings", "Always calm", "Good with the residents")
    said = realise.fact_sentences
    assert said(realise.facts("delivered 380 sign texts; three weeks ahead of schedule")) == \
        ["I delivered 380 sign texts, three weeks ahead of schedule."]
    assert said(realise.facts("falls reduced by 30% in the first year")) == \
        ["Falls were reduced by 30% in the first year."]
    assert said(realise.facts("migrated 12k loan files w no data loss, finished 2 wks early")) == \
        ["I migrated 12k loan files with no data loss.", "We finished 2 weeks early."]
    assert realise.amount("zero failed payments after go-live") == "were"
    assert realise.clean("the upgrade last yr; residents who had alzheimers; aml checks") == \
        "the upgrade last year; residents who had Alzheimer's; AML checks"
    assert realise.purpose("master's in Delft").text == "a master's in Delft"


def test_a_count_the_work_took_is_said_as_typed():
    """A note has no verb to guess: never "involved 14 public meetings" (readers 40 to 47) nor
    "That work saw 14 ..." (readers 87, 88); a request lists it, a recommendation says one
    count as what there was, never a list of one (reader 89) nor an aside in brackets (91)."""
    for details, said in (("14 public meetings", "Their work included 14 public meetings."),
                          ("zero lost equipment over 9 months",
                           "On their watch, no equipment was lost over 9 months.")):
        ctx = Context.from_dict({**BASE, "details": details, "channel": "linkedin-message"})
        request, rec = (compose(kind, ctx, 0)[0] for kind in ("request", "recommendation"))
        assert f":\n- {realise.cap(details)}" in request, request
        assert said in rec and "\n- " not in rec and "(" not in rec, rec
        for message in (request, rec):
            assert not re.search(r"involved|work saw", message), message


def test_a_coach_is_asked_as_a_coach():
    ctx = Context.from_dict({**BASE, "relationship": "teacher", "channel": "linkedin-message",
                             "project": "2023 state track and field season"})
    for variant in range(6):
        message = compose("request", ctx, variant)[0]
        assert "my learning" not in message, message
        assert any(said in message for said in ("coaching me", "my training", "your athlete",
                                                "training under you")), message


def test_from_the_thirty_third_review():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "never once let a high-alert med slip through", "amazing in figma",
        "always first one on site", "he knows i can braze clean", "lead trumpet")}
    assert mine == {
        "never once let a high-alert med slip through":
            "that I never once let a high-alert med slip through",
        "amazing in figma": "how amazing I am in Figma",
        "always first one on site": "that I was always the first one on site",
        "he knows i can braze clean": "that you know I can braze clean",  # he is the reader
        "lead trumpet": "my lead trumpet skills"}
    assert realise.strength("she is the best charge nurse I've worked with").mine() == \
        "that I am the best charge nurse you've worked with"  # she is the one asking
    assert realise.clean("calm with pts families; up 4 pts; in 2 wks; NHS uk; the mttr") == \
        "calm with patients' families; up 4 points; in 2 weeks; NHS UK; the MTTR"
    assert realise.strength("react native").mine() == "my React Native skills"
    assert realise.project("Govan detached youth work project").np == \
        "the Govan detached youth work project"
    assert realise.project("Season 2 of the Lost Lines podcast").on == \
        "on Season 2 of the Lost Lines podcast"
    assert realise.purpose("gonna apply for lead tech").text == "to apply for lead tech"
    said = realise.fact_sentences
    assert said(realise.facts("two of them now volunteer with the project")) == \
        ["Two of them now volunteer with the project."]
    assert realise.facts("no LTIs over 11-week shutdown")[0].text == \
        "no LTIs over the 11-week shutdown"
    ctx = Context.from_dict({**BASE, "recipient": "Marc-André Roy", "relationship": "junior-to-you"})
    for variant in range(6):
        first = compose("recommendation", ctx, variant)[0].split(". ")[0]
        assert first.count("Marc-André") <= 2, first


def test_more_from_the_thirty_third_review():
    said = realise.fact_sentences
    assert said(realise.facts("all 14 units swapped over two weekends")) == \
        ["All 14 units were swapped over two weekends."]
    assert said(realise.facts("caseload of 38 women over 14 months")) == \
        ["I carried a caseload of 38 women over 14 months."]
    assert realise.facts("no LTIs over 11 wk shutdown")[0].text == "no LTIs over the 11-week shutdown"
    assert said(realise.facts("ran our halloween event")) == ["I ran our Halloween event."]


def test_from_the_thirty_fourth_review():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "interlocking design", "monitoring and evaluation", "ultrasonic testing",
        "swift water rescue", "ArcGIS Pro", "writing code", "picking accuracy")}
    assert mine == {"interlocking design": "my work on interlocking design",  # a field
                    "monitoring and evaluation": "my work on monitoring and evaluation",
                    "ultrasonic testing": "my ultrasonic testing skills",  # not "my testing"
                    "swift water rescue": "my swift water rescue skills",
                    "ArcGIS Pro": "my ArcGIS Pro skills",  # a tool, not "an ArcGIS Pro"
                    "writing code": "how I wrote code",
                    "picking accuracy": "my picking accuracy"}
    assert realise.project("Cork ship chandlery").on == "at the Cork ship chandlery"
    assert realise.project("Kumasi school feeding supply chain").on == \
        "on the Kumasi school feeding supply chain"
    assert realise.project("MSc Data Journalism at Columbia").on == \
        "in the MSc Data Journalism at Columbia"
    assert realise.purpose("looking at producer roles") == realise.Purpose("goals", "producer roles")


def test_from_the_thirty_fifth_review():
    assert Context.from_dict({**BASE, "strengths": "torque procedures. NDT. he double checks "
                              "everything"}).strengths == ("torque procedures", "NDT",
                                                           "he double checks everything")
    said = realise.fact_sentences
    assert said(realise.facts("milk yield up 12%")) == ["Milk yield went up 12%."]
    assert said(realise.facts("sold in 11 days, 4% over the asking price"), "Kwame", third=True,
                thing="the house in Headingley") == \
        ["The house sold in 11 days, 4% over the asking price."]
    assert realise.purpose("seminary").text == "seminary"
    assert realise.clean("16hr days; yr 2; self employed; writing + UX; soc2 audit") == \
        "16-hour days; Year 2; self-employed; writing and UX; SOC 2 audit"
    assert realise.project("my sports physio clinic's first year").form == "possessive"
    ctx = Context.from_dict({**BASE, "relationship": "advisor", "details": "three peer-reviewed papers"})
    assert "produced three peer-reviewed papers" in compose("recommendation", ctx, 0)[0]


def test_an_intensified_quality_and_a_texted_he():
    assert realise.strength("very patient w the kids").mine() == "how patient I am with the kids"
    assert realise.strength("super calm under pressure").mine() == "how calm I am under pressure"
    ctx = Context.from_dict({**BASE, "relationship": "managed-you",
                             "strengths": ["hes the guy you want next to you", "vehicle recovery"]})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "they are the guy" not in message and "their" not in message, message


def test_from_the_thirty_sixth_review():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "never drops a ticket", "forklift ticket", "lime mortar work", "early literacy")}
    assert mine == {"never drops a ticket": "that I never drop a ticket",  # a habit, not a permit
                    "forklift ticket": "my forklift ticket",
                    "lime mortar work": "my lime mortar work",
                    "early literacy": "my work on early literacy"}
    assert realise.purpose("head coach").text == "a head coach role"
    ctx = Context.from_dict({**BASE, "strengths": ["SQL"]})
    for variant in range(6):  # not "the strength I saw most often was Dana's SQL skills"
        assert "the strength I saw most often was" not in compose("recommendation", ctx, variant)[0]


def test_more_from_the_thirty_sixth_review():
    assert realise.fact_sentences(realise.facts("38 weddings, not one cancelled"))[-1] == \
        "Not one was cancelled."
    assert realise.strength("never late once").mine() == "that I'm never once late"
    assert realise.strength("UX stuff").mine() == "my UX skills"
    assert realise.purpose("job hunting rn, mostly junior dev roles").text == "junior dev roles"


@pytest.mark.parametrize("typed, mine", [
    ("individual returns", "my handling of individual returns"),  # not his own tax returns
    ("fast response", "my fast response times"),
    ("chain of custody", "my work on chain of custody"),
    ("SDL Trados", "my SDL Trados skills"),
    ("Leica total stations", "my work with Leica total stations"),
    ("new hires", "my work with new hires"),
    ("REST APIs", "my work on REST APIs"),  # not "my REST APIs"
    ("guest relations", "my work in guest relations"),
    ("cold chain for vaccines", "my work on cold chain for vaccines"),
    ("eye for detail", "my eye for detail"),
    ("data analysis in Stata", "my data analysis skills in Stata"),
    ("charging schedule planning", "my charging schedule planning skills"),  # not "I charged"
    ("running sprint planning", "how I ran sprint planning"),
    ("safety-first", "my safety-first approach"),
    ("great with parents", "that I'm great with parents"),
    ("fast editing", "my fast editing"),
    ("advanced life support", "my advanced life support skills"),
    ("skilled mechanic", "that I'm a skilled mechanic"),
    ("honest", "how honest I am"),  # no superlative: not "that I was the honest"
    ("sports massage", "my sports massage skills"),  # no clause: not "that sports massage"
    ("charting in Epic", "my charting in Epic"),
    ("wiring to code", "my wiring to code"),
    ("paid on time", "that I paid on time"),
    ("high standards", "my high standards"),
    ("Kotlin, Jetpack Compose", "my Kotlin and Jetpack Compose skills"),
])
def test_strengths_from_reviews_thirty_seven_to_thirty_nine(typed, mine):
    assert realise.strength(typed).mine() == mine


def test_lists_and_splits_from_reviews_thirty_seven_to_thirty_nine():
    assert realise.join_mine(["my quantity surveying skills", "my AutoCAD and Revit skills"]) == \
        "my quantity surveying, AutoCAD and Revit skills"
    assert realise.join(["my work on X", "how I trained staff", "booking guests"]) == \
        "my work on X, booking guests, and how I trained staff"  # the first typed stays first
    assert [s.mine() for s in realise.strengths(["python", "dbt and looker"])] == \
        ["my Python skills", "my dbt and Looker skills"]
    ctx = Context.from_dict({**BASE, "strengths": "she caught every candid moment without being "
                             "intrusive, super calm with the family, delivered the album in 3 weeks"})
    assert len(ctx.strengths) == 3  # three parts of mixed forms are three strengths


@pytest.mark.parametrize("typed, np, on", [
    ("our wedding in positano last june", "our wedding in Positano last June",
     "on our wedding in Positano last June"),
    ("warehouse automation at the fedex hub", "the warehouse automation project at the FedEx hub",
     "on the warehouse automation project at the FedEx hub"),
    ("covid vaccination drive chennai 2021", "the 2021 Chennai COVID vaccination drive",
     "on the 2021 Chennai COVID vaccination drive"),
    ("FY2023 transfer pricing documentation", "the FY2023 transfer pricing documentation",
     "on the FY2023 transfer pricing documentation"),  # a period, not a course code
    ("fraud detection for credit card transactions",
     "the fraud detection project for credit card transactions",
     "on the fraud detection project for credit card transactions"),
    ("front office at our Galle boutique hotel", "the front office at our Galle boutique hotel",
     "in the front office at our Galle boutique hotel"),
    ("U-17 futsal academy in Curitiba", "the U-17 futsal academy in Curitiba",
     "at the U-17 futsal academy in Curitiba"),
    ("built-in kitchen for your restaurant", "the built-in kitchen for your restaurant",
     "on the built-in kitchen for your restaurant"),  # a thing built, not a workplace
    ("translation of your cookbook into English", "the translation of your cookbook into English",
     "on the translation of your cookbook into English"),  # no course
    ("Lagos Business School EMBA", "the Lagos Business School EMBA",
     "in the Lagos Business School EMBA"),
])
def test_projects_from_reviews_thirty_seven_to_thirty_nine(typed, np, on):
    found = realise.project(typed)
    assert (found.np, found.on) == (np, on)


def test_lower_case_names_are_capitalised_where_a_place_or_firm_stands():
    assert realise.tidy_case("a job in crypto") == "a job in crypto"  # a field stays lower case
    assert realise.tidy_case("moving into devops in dubai") == "moving into devops in Dubai"
    assert realise.tidy_case("aws migration at kpmg", keep_names=True) == "AWS migration at KPMG"


@pytest.mark.parametrize("typed, form, text", [
    ("head roaster at a roastery", "target", "a head roaster role at a roastery"),
    ("editor-in-chief", "target", "an editor-in-chief role"),
    ("MFA in stage management", "target", "an MFA in stage management"),
    ("chartered membership with RICS", "target", "chartered membership with RICS"),
    ("LLM application at a UK university", "goal", "my LLM application at a UK university"),
    ("a lectureship", "target", "a lectureship"),
    ("first graduate engineering job", "target", "my first graduate engineering job"),
    ("offshore work in Norway", "target", "offshore work in Norway"),
    ("MSc agronomy scholarship", "target", "an MSc agronomy scholarship"),
    ("graduate engineering program in Germany", "target",
     "a place on a graduate engineering program in Germany"),
])
def test_purposes_from_reviews_thirty_seven_to_thirty_nine(typed, form, text):
    found = realise.purpose(typed)
    assert (found.form, found.text) == (form, text)


@pytest.mark.parametrize("typed, said", [
    ("downtime went from like 6hrs/wk to 2 hrs, trained 15 ppl",
     ["I trained 15 people.", "Downtime went from 6 hours a week to 2 hours."]),
    ("rework on weld seams down 25%", ["Rework on weld seams went down 25%."]),
    ("prepared 310 returns; zero amended for preparer error",
     ["I prepared 310 returns.", "Not one was amended for preparer error."]),
    ("12,000 households reached", ["12,000 households were reached."]),
    ("CSAT of 94% for 6 straight months", ["CSAT was 94% for 6 straight months."]),
    ("$450M deal, closed in Q3 2021", ["The $450M deal was closed in Q3 2021."]),
    ("TripAdvisor rating rose from 4.2 to 4.7", ["The TripAdvisor rating rose from 4.2 to 4.7."]),
    ("clerked for her 2021-2022", ["I clerked for you from 2021 to 2022."]),
])
def test_details_from_reviews_thirty_seven_to_thirty_nine(typed, said):
    assert realise.fact_sentences(realise.facts(typed)) == said


def test_details_that_belong_to_the_project():
    said = realise.fact_sentences
    assert said(realise.facts("took 11 months"), thing="the registry upgrade") == \
        ["The registry upgrade took 11 months."]  # not "I took 11 months"
    assert said(realise.facts("serves 300 families weekly"),
                thing="founding the Eastside Food Pantry") == \
        ["The Eastside Food Pantry serves 300 families weekly."]
    assert said(realise.facts("presented it to the bank's board"), "she", True,
                thing="the digital roadmap") == ["she presented the roadmap to the bank's board."]
    assert [f.form for f in realise.facts("about 12 calls a night")] == ["noun"]  # no verb
    assert said(realise.facts("vaccinated 45,000 ppl in 6 wks"), thing="the vaccination drive") \
        == ["The vaccination drive vaccinated 45,000 people in 6 weeks."]  # not "I vaccinated"
    assert said(realise.facts("prepared 310 returns"), thing="the tax season") == \
        ["I prepared 310 returns."]  # a count one person can do stays theirs


def test_names_from_reviews_thirty_seven_to_thirty_nine():
    from llmdraft.names import greeting
    assert greeting("Pak Budi Santoso", formal=True) == "Pak Budi"
    assert greeting("Le Hoang Nam", formal=False) == "Nam"
    assert greeting("Beth Ann Carmichael", formal=False) == "Beth Ann"
    assert realise.role("General Counsel at Najd Infrastructure") == \
        "General Counsel at Najd Infrastructure"  # a post of one: no "a"


def test_recommendation_frames_from_reviews_thirty_seven_to_thirty_nine():
    one = Context.from_dict({**BASE, "relationship": "managed-you", "strengths": ["SQL"]})
    clause = Context.from_dict({**BASE, "relationship": "same-team",
                                "strengths": ["she managed care plans for 60 children"]})
    aim = Context.from_dict({**BASE, "relationship": "teacher", "strengths": ["pastry"],
                             "purpose": "working in Dubai hotels"})
    for variant in range(6):
        single = compose("recommendation", one, variant)[0]
        assert not re.search(r"(?i)first thing|first among|top of my list|back on my team|"
                             r"a team of mine|in good stead", single), single
        said = compose("recommendation", clause, variant)[0]
        assert not re.search(r"than that|strength \w+ \w+ was that|: that", said), said
        hoped = compose("recommendation", aim, variant)[0]
        assert "is working in Dubai" not in hoped, hoped  # an aim, not a fact


def test_from_reviews_forty_and_forty_one():
    from llmdraft.context import split_strengths
    assert split_strengths("customs documentation, stakeholder coordination and Excel modelling") \
        == ["customs documentation", "stakeholder coordination", "Excel modelling"]
    assert split_strengths("styling, hair and makeup") == ["styling", "hair and makeup"]
    mine = {typed: realise.strength(typed).mine() for typed in (
        "fast and fair claims adjusting", "HOMER Pro", "snagging lists", "problem solving skills",
        "lean six sigma", "bisaya and Tagalog", "persistent with sources who didn't want to talk")}
    assert mine == {
        "fast and fair claims adjusting": "my fast and fair claims adjusting",
        "HOMER Pro": "my HOMER Pro skills",  # a product, not "that I'm an HOMER Pro"
        "snagging lists": "my work on snagging lists",  # not "how I snagged lists"
        "problem solving skills": "my problem-solving skills",
        "lean six sigma": "my Lean Six Sigma skills",
        "bisaya and Tagalog": "my Bisaya and Tagalog skills",
        "persistent with sources who didn't want to talk":
            "how persistent I was with sources who didn't want to talk"}
    assert realise.join_mine(["how friendly I am", "how quick I am"]) == "how friendly and quick I am"
    assert "work on teaching undergrads and coral" not in realise.join_mine(
        ["my work on teaching undergrads", "my work on coral reef surveys"])
    on = {typed: realise.project(typed).on for typed in (
        "rebranding Nordlys Ferries", "Munich Hackathon for Climate 2023",
        "kitchen at The Salt House", "Masters seminar in medieval history",
        "HEC Paris entrepreneurship track", "Pilbara fleet maintenance scheduling")}
    assert on == {"rebranding Nordlys Ferries": "on rebranding Nordlys Ferries",
                  "Munich Hackathon for Climate 2023": "at the Munich Hackathon for Climate 2023",
                  "kitchen at The Salt House": "in the kitchen at The Salt House",
                  "Masters seminar in medieval history": "in the master's seminar in medieval history",
                  "HEC Paris entrepreneurship track": "in HEC Paris entrepreneurship track",  # no team
                  "Pilbara fleet maintenance scheduling":
                      "on the Pilbara fleet maintenance scheduling project"}
    aims = {typed: realise.purpose(typed).text for typed in (
        "venture capital", "Assistant Principal competition", "nursing licence in Sweden")}
    assert aims == {"venture capital": "my move into venture capital",
                    "Assistant Principal competition": "the Assistant Principal competition",
                    "nursing licence in Sweden": "a nursing licence in Sweden"}
    said = realise.fact_sentences
    assert said(realise.facts("60% of volume moved to organic within 18 months")) == \
        ["60% of volume was moved to organic within 18 months."]
    assert said(realise.facts("70% of claims now processed without manual touch")) == \
        ["70% of claims are now processed without manual touch."]
    assert said(realise.facts("accreditation granted first time")) == \
        ["Accreditation was granted first time."]
    assert said(realise.facts("yields held steady")) == ["Yields held steady."]  # not "held held"
    assert said(realise.facts("grew to 310 members in the first year"),
                thing="launching the Bristol franchise") == \
        ["The Bristol franchise grew to 310 members in the first year."]  # not "he grew"


def test_recommendation_leads_name_once_and_agree():
    ctx = Context.from_dict({**BASE, "relationship": "managed-you",
                             "strengths": ["A/B testing", "SQL"]})
    for variant in range(6):
        lead = compose("recommendation", ctx, variant)[0].split(". ")[0]
        assert lead.count("Sam") == 1, lead  # "their A/B testing skills", not "Sam's" again
        assert not re.search(r"\b(?:was|is) (?:their|her|his) \S+ (?:\S+ )?skills\b", lead), lead


def test_from_earlier_reviews_still_open():
    assert realise.strength("GOTS certification").mine() == "my work on GOTS certification"
    assert realise.strength("PMP certification").mine() == "my PMP certification"  # a person's
    assert realise.join_mine(["my work on cold chain logistics", "my work on letters of credit",
                              "my freight forwarding skills"]) == \
        "my work on cold chain logistics and letters of credit, and my freight forwarding skills"
    assert [f.text for f in realise.facts("0 payroll errors after go live")] == \
        ["no payroll errors after go-live"]
    np = {typed: realise.project(typed).np for typed in (
        "hazy IPA relaunch at left bank brewery", "wedding cake for the local bakery",
        "a320 c check", "Glastonbury 2023 gate security")}
    assert np == {"hazy IPA relaunch at left bank brewery":
                  "the hazy IPA relaunch at Left Bank Brewery",
                  "wedding cake for the local bakery": "the wedding cake for the local bakery",
                  "a320 c check": "the A320 c check",
                  "Glastonbury 2023 gate security": "the Glastonbury 2023 gate security project"}
    from llmdraft.names import greeting
    assert greeting("Fatima al-zahra Haddad", formal=False) == "Fatima Al-Zahra"
    ctx = Context.from_dict({**BASE, "relationship": "managed-you",
                             "strengths": ["torque procedures", "NDT", "he double checks everything"],
                             "details": "passed the audit; zero findings; he signed off 40 jobs"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert not re.search(r"(?:^|[.!?] )[a-z]", message), message  # no sentence in lower case
    assert realise.strength("commissioned under tight deadlines").mine() == \
        "that I commissioned under tight deadlines"  # not "how I commissioned under ..."
    assert realise.strength("reserving models").mine() == "my work on reserving models"
    assert realise.fact_sentences(realise.facts("12k loan files migrated no data loss")) == \
        ["12k loan files were migrated with no data loss."]
    assert realise.project("warehouse move to gliwice").np == "the warehouse move to Gliwice"
    assert realise.project("year 12 DT coursework").np == "the Year 12 DT coursework"


def test_from_review_forty_two():
    from llmdraft.names import greeting
    assert greeting("Dr. Hoang Van Nam", formal=True) == "Dr. Nam"  # Vietnamese: given name last
    said = realise.fact_sentences
    assert said(realise.facts("no calls were dropped during the cutover")) == \
        ["No calls were dropped during the cutover."]
    assert "not one was" not in " ".join(said(realise.facts("zero rejected bolts in 12 km")))
    mine = {typed: realise.strength(typed).mine() for typed in (
        "interlocking logic testing", "call triage")}
    assert mine == {"interlocking logic testing": "my interlocking logic testing skills",
                    "call triage": "my call triage skills"}
    assert realise.join_mine(["my urban search and rescue skills", "my rope access skills"]) == \
        "my urban search and rescue skills, and my rope access skills"  # one discipline
    aims = {typed: realise.purpose(typed).text for typed in (
        "a move to Dubai", "registration as an architect")}
    assert aims == {"a move to Dubai": "my move to Dubai",
                    "registration as an architect": "registration as an architect"}
    on = {typed: realise.project(typed).on for typed in (
        "msc social work at Stirling", "the storm Arwen reconnections")}
    assert on == {"msc social work at Stirling": "in the MSc in Social Work at Stirling",
                  "the storm Arwen reconnections": "on the Storm Arwen reconnections"}


def test_from_review_forty_three():
    from llmdraft.names import public_name
    assert public_name("Lama Al-Shehri") == "Lama"  # a given name, not a title
    mine = {typed: realise.strength(typed).mine() for typed in (
        "finished two weeks early", "motivating", "top of the class", "working at height")}
    assert mine == {"finished two weeks early": "that I finished two weeks early",
                    "motivating": "how motivating I am",
                    "top of the class": "that I was top of the class",
                    "working at height": "my work at height"}
    assert realise.join_mine(["my community mobilization skills",
                              "my ODK data collection skills"]) == \
        "my community mobilization skills and my ODK data collection skills"
    assert "record keeping, Portuguese" not in realise.join_mine(
        ["my record keeping skills", "my Portuguese and English skills"])
    assert realise.purpose("teaching abroad") == realise.Purpose("hope", "to teach abroad")
    assert realise.tidy_case("CRISPR screening in zebrafish") == "CRISPR screening in zebrafish"
    said = realise.fact_sentences
    assert said(realise.facts("launched summer 2023"), thing="the dashboard") == \
        ["The dashboard launched in summer 2023."]  # not "I launched summer 2023"
    assert said(realise.facts("Discord grew from 8k to 45k members")) == \
        ["The Discord community grew from 8k to 45k members."]
    assert said(realise.facts("pipeline now processes a night of data in 2 hours")) == \
        ["The pipeline now processes a night of data in 2 hours."]
    assert said(realise.facts("accuracy 94% on held-out fields")) == \
        ["Accuracy was 94% on held-out fields."]
    assert realise.amount("no RFIs outstanding at handover") == "were"
    teacher = Context.from_dict({**BASE, "relationship": "teacher", "project": "FIN 301 at FGV",
                                 "strengths": ["valuation"]})
    for variant in range(6):
        assert "mentored" not in compose("recommendation", teacher, variant)[0]  # taught a course


def test_from_reviews_forty_four_and_forty_five():
    assert realise.tidy_case("well integrity in the Llanos Basin") == \
        "well integrity in the Llanos Basin"  # "basin" is a word, not "basin'" for "basing"
    mine = {typed: realise.strength(typed).mine() for typed in (
        "CSAT", "cultural nuance", "antibiotic stewardship", "patient recruitment",
        "diagnostics", "3D renders in SketchUp", "offshore HSE",
        "trilingual Arabic/French/English")}
    assert mine == {"CSAT": "my CSAT results", "cultural nuance": "my feel for cultural nuance",
                    "antibiotic stewardship": "my work on antibiotic stewardship",
                    "patient recruitment": "my work on patient recruitment",
                    "diagnostics": "my diagnostic skills",
                    "3D renders in SketchUp": "my 3D renders in SketchUp",
                    "offshore HSE": "my offshore HSE work",
                    "trilingual Arabic/French/English":
                        "that I'm trilingual in Arabic, French, and English"}
    assert realise.purpose("touring work in Europe").form == "activity"  # a kind of work
    on = {typed: realise.project(typed).on for typed in (
        "El Comercio investigation into gold mining", "MSc thesis on polymers",
        "ICU at St. Luke's")}
    assert on == {"El Comercio investigation into gold mining":
                  "on the El Comercio investigation into gold mining",
                  "MSc thesis on polymers": "on my MSc thesis on polymers",
                  "ICU at St. Luke's": "in the ICU at St. Luke's"}
    said = realise.fact_sentences
    assert said(realise.facts("translated 40,000 words in three weeks"), thing="the translation") \
        == ["I translated 40,000 words in three weeks."]  # one person's count stays theirs
    assert said(realise.facts("throughput +12% and steam use -8%")) == \
        ["Throughput went up 12% and steam use down 8%."]
    assert said(realise.facts("no show started late")) == ["No show started late."]
    assert said(realise.facts("series shortlisted for an award")) == \
        ["The series was shortlisted for an award."]
    assert said(realise.facts("permit granted in 2021")) == ["The permit was granted in 2021."]
    assert [f.form for f in realise.facts("zero spills 2020-2022")] == ["noun"]  # no "went from"
    ctx = Context.from_dict({**BASE, "relationship": "client", "project":
                             "helping you buy your first home", "strengths": ["patience"]})
    for variant in range(6):
        message = compose("request", ctx, variant)[0]
        assert "while helping you" not in message, message  # the sender helped


def test_from_review_forty_five():
    from llmdraft.names import greeting
    assert greeting("Nur Aisyah binti Rahman", formal=False) == "Nur Aisyah"  # Malay patronym
    np = {typed: realise.project(typed).np for typed in (
        "Onboarding redesign for the Tandem app", "Kettering depot",
        "LLM dissertation on Welsh planning law")}
    assert np == {"Onboarding redesign for the Tandem app":
                  "the onboarding redesign for the Tandem app",  # a field's capital, no name
                  "Kettering depot": "the Kettering depot",
                  "LLM dissertation on Welsh planning law":
                      "my LLM dissertation on Welsh planning law"}  # the student's own
    roles = {typed: realise.role(typed) for typed in (
        "Founder of Girma Events", "Partner at El-Sayed & Co", "Judge at the County Court")}
    assert roles == {"Founder of Girma Events": "the founder of Girma Events",
                     "Partner at El-Sayed & Co": "a partner at El-Sayed & Co",
                     "Judge at the County Court": "a judge at the County Court"}
    said = realise.fact_sentences
    assert said(realise.facts("he cut p99 latency from 840ms to 210ms"), "he", True) == \
        ["He cut p99 latency from 840ms to 210ms."]  # not "he cut p99 latency went from"
    assert said(realise.facts("all fixed within 30 days")) == ["All were fixed within 30 days."]
    assert realise.tidy_case("recovered 6.2 lakh in credit") == "recovered 6.2 lakh in credit"


def test_offline_requests_pass_their_own_grounding_and_coverage():
    ctx = Context.from_dict({"recipient": "Denise Holloway", "sender": "Brandon Pruitt",
                             "relationship": "managed-you", "project": "8th grade science",
                             "strengths": ["classroom management", "parents trust him"],
                             "purpose": "assistant principal"})
    for variant in range(6):
        message, errors = _errors("request", ctx, variant)
        assert not errors, (message, errors)  # "an assistant principal role", "parents trust me"


def test_from_review_forty_six():
    from llmdraft.names import greeting
    assert greeting("Sok Chanthy", formal=False) == "Sok Chanthy"  # Khmer: family name first
    assert greeting("Cheikh Tidiane Ndiaye", formal=False) == "Cheikh Tidiane"  # a given name
    assert greeting("Mame Diarra Sow", formal=False) == "Mame Diarra"
    assert realise.strength("was shift lead for the opening weekend").mine() == \
        "that I was shift lead for the opening weekend"  # not "I was was"
    assert realise.strength("ISO 22000").mine() == "my knowledge of ISO 22000"
    assert realise.strength("document control").mine() == "my document control skills"
    assert realise.strength("field testing with farmers").mine() == "my field testing with farmers"
    assert realise.fact_sentences(realise.facts("140 km of network surveyed")) == \
        ["140 km of network was surveyed."]
    assert realise.fact_sentences(realise.facts("scrap went from 4.5% to 2.2%")) == \
        ["Scrap went from 4.5% to 2.2%."]  # a measure, no article
    assert realise.role("Plant Manager at Singida Edible Oils") == \
        "a plant manager at Singida Edible Oils"
    assert realise.project("BSc Agricultural Science at UNZA").on == \
        "in the BSc Agricultural Science at UNZA"
    assert realise.tidy_case("montessori training in kathmandu") == \
        "Montessori training in Kathmandu"
    assert realise.purpose("B1 licence job abroad").form == "target"  # sought, not had


def test_from_review_forty_seven():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "after effects", "spend analytics", "computer vision in Python", "candidate experience")}
    assert mine == {"after effects": "my After Effects skills",  # never "aftereffects"
                    "spend analytics": "my work on spend analytics",  # not "my ability to spend"
                    "computer vision in Python": "my computer vision skills in Python",
                    "candidate experience": "my work on candidate experience"}
    assert realise.project("spanish-language onboarding emails").np == \
        "Spanish-language onboarding emails"  # work of a kind: no "the"
    assert realise.project("Southern Voices podcast, season 2").np == \
        "the Southern Voices podcast (season 2)"
    said = realise.fact_sentences
    assert said(realise.facts("DKK 14m in savings identified")) == \
        ["DKK 14m in savings was identified."]
    assert said(realise.facts("kiosks serve 9,000 households")) == \
        ["Kiosks serve 9,000 households."]
    assert said(realise.facts("co-first author on a 2023 Cell paper"), "he", True) == \
        ["he was co-first author on a 2023 Cell paper."]
    assert said(realise.facts("raised $250k"), thing="founding a solar-kiosk enterprise") == \
        ["The solar-kiosk enterprise raised $250k."]
    from llmdraft.names import greeting
    assert greeting("Lee Dong Hyun", formal=False) == "Dong Hyun"  # Korean: given name last


def test_more_from_reviews_forty_four_and_forty_seven():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "mentoring undergrads", "published 3 papers")}
    assert mine == {"mentoring undergrads": "how I mentored undergrads",
                    "published 3 papers": "that I published 3 papers"}
    said = realise.fact_sentences
    assert said(realise.facts("sold 14 units in 5 months"), thing="the sale of the apartments") \
        == ["I sold 14 units in 5 months."]  # not "the sale ... sold 14 units"
    assert said(realise.facts("collected 3,100 coats"), thing="the winter coat drive") == \
        ["The winter coat drive collected 3,100 coats."]
    assert said(realise.facts("agreement signed after 4 months")) == \
        ["The agreement was signed after 4 months."]
    assert realise.project("COP21 pool coverage").on == "on the COP21 pool coverage"
    from llmdraft.names import greeting
    assert greeting("Coach Darnell Hughes", formal=False, close=True) == "Darnell"
    assert greeting("Sister Mary Catherine", formal=False, close=True) == "Sister Mary Catherine"


def test_from_review_forty_eight():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "on budget", "on-call", "mentors juniors", "smoked brisket", "good bloke on site",
        "lightroom", "works with clients")}
    assert mine == {"on budget": "that I kept the work on budget",  # a person is not on budget
                    "on-call": "my on-call work",
                    "mentors juniors": "that I mentor juniors",
                    "smoked brisket": "my work on smoked brisket",
                    "good bloke on site": "that I'm a good bloke on site",
                    "lightroom": "my Lightroom skills",
                    "works with clients": "that I work with clients"}
    said = realise.fact_sentences
    assert said(realise.facts("home was rated Good in 2023")) == \
        ["The home was rated Good in 2023."]  # not "was was rated a Good"
    assert said(realise.facts("saved the city $220,000"), "they", True) == \
        ["they saved the city $220,000."]  # a sum saved, not "by $220,000"
    assert said(realise.facts("feeds 1,200 families a month"), thing="the food bank expansion") \
        == ["The food bank feeds 1,200 families a month."]
    assert realise.project("the riad kitchen in Marrakech").np == "the riad kitchen in Marrakech"


def test_from_review_forty_nine():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "due diligence", "working papers", "work permits for non-EU hires")}
    assert mine == {"due diligence": "my due diligence work",  # not my own diligence
                    "working papers": "my work on working papers",  # not "how I worked papers"
                    "work permits for non-EU hires": "my work on work permits for non-EU hires"}
    said = realise.fact_sentences
    assert said(realise.facts("hit rate went from 2% to 7%")) == ["The hit rate went from 2% to 7%."]
    assert said(realise.facts("licence issued in 41 days")) == ["The licence was issued in 41 days."]
    assert said(realise.facts("first patient dosed 6 weeks ahead of plan")) == \
        ["The first patient was dosed 6 weeks ahead of plan."]
    assert realise.join_mine(["my statistical process control skills",
                              "my root cause analysis skills", "my JMP skills"]) == \
        "my statistical process control, root cause analysis and JMP skills"
    assert realise.project("master thesis on CFRP panels").np == "my master's thesis on CFRP panels"
    assert realise.tidy_case("claims for the izmir textile exporter") == \
        "claims for the Izmir textile exporter"
    from llmdraft.names import public_name
    assert public_name("Horváth Eszter") == "Horváth Eszter"  # Hungarian: family name first


def test_from_the_final_readers():
    mine = {typed: realise.strength(typed).mine() for typed in (
        "always double-checked the numbers", "practised every day", "straddle carrier operations",
        "always prepared")}
    assert mine == {"always double-checked the numbers": "that I always double-checked the numbers",
                    "practised every day": "that I practised every day",
                    "straddle carrier operations": "my work on straddle carrier operations",
                    "always prepared": "that I'm always prepared"}
    assert realise.purpose("just got my A-grade licence and looking for work in Brisbane") == \
        realise.Purpose("clause", "I just got my A-grade licence and I'm looking for work in "
                                  "Brisbane")



def test_from_reviews_fifty_two_and_fifty_three():
    """Readers 52 and 53 (the first to read the lists), one general class per line."""
    from llmdraft.context import split_strengths
    assert split_strengths("reliable, spoke Turkmen, Russian and English") == \
        ["reliable", "spoke Turkmen, Russian and English"]  # the languages stay with "spoke"
    assert split_strengths("guest recovery, Opera PMS, multilingual (English, Norwegian, some "
                           "Vietnamese)")[-1] == "multilingual (English, Norwegian, some Vietnamese)"
    assert realise.strength("multilingual (English, Norwegian, some Vietnamese)").theirs("Dana") \
        == "that Dana is multilingual (English, Norwegian, some Vietnamese)"
    # List lines: as typed, in the requester's voice, tools as their makers write them
    said = {t: realise.strength(t).item() for t in (
        "listens before she decides", "pandas", "spoke Turkmen, Russian and English",
        "listened to what she wanted", "he never misses a deadline")}
    assert said == {"listens before she decides": "I listen before I decide", "pandas": "pandas",
                    "spoke Turkmen, Russian and English": "Spoke Turkmen, Russian and English",
                    "listened to what she wanted": "Listened to what she wanted",  # a client's
                    "he never misses a deadline": "I never miss a deadline"}
    # A strength the realiser doubts has no guessed head, in a sentence too
    assert realise.strength("florals").theirs("they", "their", writer=True) == "their work on florals"
    assert realise.strength("patient explaining things to juniors").mine() == \
        "how patient I was explaining things to juniors"
    assert realise.strength("patient explaining things to juniors").theirs("Dana") == \
        "how patient Dana was explaining things to juniors"
    assert realise.strength("fair and transparent scoring of applications").mine() == \
        "my fair and transparent scoring of applications"  # a noun phrase, not "how fair ..."
    for typed, said in (("data entry speed", "my data entry speed"),
                        ("clinical judgement", "my clinical judgement"),
                        ("safety briefings every morning", "my safety briefings every morning")):
        assert realise.strength(typed).mine() == said  # no "skills" bolted on
    # Purposes: an institution is applied to; a post is not a "post role"
    for typed, said in (("Trinidad and Tobago Coast Guard",
                         "applying to the Trinidad and Tobago Coast Guard"),
                        ("World Bank", "applying to the World Bank"),
                        ("Head of Privacy at a fintech", "a Head of Privacy role at a fintech"),
                        ("head of department post", "a head of department post")):
        assert realise.purpose(typed).text == said
    # Projects: a place's name after a noun is "in" it; a place is worked "at"; an activity
    # ending in a gerund takes no "the"; "anti-smuggling" is no deed
    for typed, on in (("substation upgrade Ostrava-Vítkovice",
                       "on the substation upgrade in Ostrava-Vítkovice"),
                      ("Castries bus terminal", "at the Castries bus terminal"),
                      ("asylum interview interpreting", "on asylum interview interpreting"),
                      ("anti-smuggling patrols at Cedros", "on the anti-smuggling patrols at Cedros"),
                      ("capstone consulting for a cacao cooperative",
                       "on the capstone consulting project for a cacao cooperative")):
        assert realise.project(typed).on == on
    assert realise.project("anti-smuggling patrols at Cedros").form == "common"


def test_a_recommendation_names_noun_details_without_calling_them_results():
    ctx = Context.from_dict({**BASE, "details": "team of 9 social workers; 1.1 million pages"})
    said = _evidence(ctx, "recommendation")
    assert "\n- Team of 9 social workers\n- 1.1 million pages" in said and "result" not in \
        said.lower() and "outcome" not in said.lower(), said


def test_more_from_reviews_fifty_two_and_fifty_three():
    from llmdraft.names import greeting
    assert greeting("Dr. Ooi Beng Hock", formal=True) == "Dr. Ooi"  # family name first
    assert greeting("Dr. Ooi Beng Hock", formal=False) == "Beng Hock"
    assert greeting("Ajarn Suda Wongsakul", formal=True) == "Ajarn Suda"  # a Thai title, not a name
    # A deed is the sender's unless it tells how the work went; a clause needs a subject
    said = realise.fact_sentences
    assert said(realise.facts("interpreted in over 300 interviews")) == \
        ["I interpreted in over 300 interviews."]
    assert said(realise.facts("found 340 mislabelled pallets")) == ["I found 340 mislabelled pallets."]
    assert said(realise.facts("found 340 pallets mislabelled")) == ["I found 340 pallets mislabelled."]
    assert said(realise.facts("hit rate went from 2% to 7%")) == ["The hit rate went from 2% to 7%."]
    assert realise.purpose("social worker vacancy with Save the Children").text == \
        "the social worker vacancy with Save the Children"  # theirs, not "my vacancy"
    assert realise.role("Senior Trolleybus Driver") == "a senior trolleybus driver"
    assert realise.project("Fergana valley cotton export paperwork").np == \
        "the Fergana Valley cotton export paperwork"


def test_a_recommendation_names_notes_together_and_as_typed():
    """Two or more noun-phrase details share one list (not "There were ... There were ..."),
    and a note the realiser would have to reword into a clause ("calving season 2023" -> "the
    calving season was 2023") is named as typed."""
    ctx = Context.from_dict({**BASE, "details": "six million visitors; no major incidents"})
    said = _evidence(ctx, "recommendation")
    assert ":\n- Six million visitors\n- No major incidents" in said and "There were" not in said, said
    import llmdraft
    result = llmdraft.draft({**BASE, "strengths": ["milking shed operations", "reliable"],
                             "details": "calving season 2023; herd of 600 cows"},
                            kind="recommendation", provider="offline")
    rec = result.message
    assert "The work involved a herd of 600 cows." in rec and "\n- " not in rec, rec  # no list
    #   of one: the note no sentence fits is left out (readers 113-146), and the warning says so
    assert "season was 2023" not in rec and "milked shed" not in rec, rec
    warned = {c.name: c.detail for c in result.checks if not c.passed}
    assert "'calving season 2023'" in warned.get("uses_details", ""), warned


def test_from_reviews_fifty_four_and_fifty_five():
    from llmdraft.names import greeting
    assert greeting("Nakamura Aoi", formal=False) == "Aoi"  # a Japanese family name first
    assert greeting("Cr Aroha Te Whata", formal=True) == "Cr Te Whata"  # a councillor
    assert greeting("Ahmed bin Saeed Al-Kaabi", formal=True) == "Ahmed"
    for typed, on in (("teach for India fellowship", "on the Teach for India fellowship"),
                      ("Lusaka city council rates clean-up",
                       "on the Lusaka City Council rates clean-up"),
                      ("villa compound MEP works, Al Ain", "on the villa compound MEP works in Al Ain"),
                      ("annuity reserving under VM-21", "on annuity reserving under VM-21"),
                      ("fact-checking desk during the election",
                       "on the fact-checking desk during the election"),
                      ("co-producing the Atlantic Crossings podcast",
                       "on co-producing the Atlantic Crossings podcast"),
                      ("flood relief 2022 in Sindh", "on the 2022 flood relief in Sindh"),
                      ("'Eua island solar-diesel hybrid", "on the 'Eua island solar-diesel hybrid")):
        assert realise.project(typed).on == on
    # To a client, the client's "she" in a strength is the reader
    ctx = Context.from_dict({**BASE, "relationship": "client",
                             "strengths": ["listening to what she wanted", "florals"]})
    message = compose("request", ctx, 0)[0]
    assert "- Listening to what you wanted" in message, message


def test_recommendations_from_reviews_fifty_four_and_fifty_five():
    said = {t: realise.strength(t).theirs("they", "their", writer=True) for t in (
        "chilled water balancing", "breaking news writing", "tidy installs",
        "thermal imaging of panels", "dbt", "prometheus")}
    assert said == {"chilled water balancing": "their chilled water balancing skills",  # a noun
                    "breaking news writing": "their breaking news writing skills",
                    "tidy installs": "their tidy installs",  # their own work, not "handling of"
                    "thermal imaging of panels": "their thermal imaging of panels",
                    "dbt": "their dbt skills", "prometheus": "their Prometheus skills"}
    assert realise.fact_sentences(realise.facts("finished 2 weeks ahead of programme"),
                                  thing="the Soweto taxi rank canopy") == \
        ["The canopy was finished 2 weeks ahead of programme."]
    rec = compose("recommendation", Context.from_dict({
        **BASE, "relationship": "teacher", "closeness": "close"}), 0)[0]
    assert "side by side" not in rec and "worked closely" not in rec, rec  # a teacher's view


def test_from_reviews_fifty_six_and_fifty_seven():
    from llmdraft.names import greeting
    assert greeting("I Gusti Ayu Putri", formal=False) == "Putri"  # Balinese prefixes first
    assert greeting("Jean de Dieu Habimana", formal=False) == "Jean de Dieu"
    lines = [s.item() for s in realise.strengths(["writing in english and spanish",
                                                  "p95 latency tuning"])]
    assert lines == ["Writing in English and Spanish", "p95 latency tuning"]
    assert realise.notes("processed ~1,500 samples a year") == ["Processed about 1,500 samples a year"]
    assert realise.purpose("quality manager role in pharma").text == \
        "a quality manager role in pharma"  # a sector, not a place
    for typed, on in (("2023 Atlas mountains trekking season",
                       "during the 2023 Atlas Mountains trekking season"),
                      ("feature film Lamb's Road", "on the feature film Lamb's Road"),
                      ("Operation Bluebird: hospital staffing redesign",
                       "on Operation Bluebird (hospital staffing redesign)"),
                      ("copywriting short course", "in the copywriting short course"),
                      ("catering for the gala", "on the catering for the gala"),
                      ("rebranding Nordlys Ferries", "on rebranding Nordlys Ferries")):
        assert realise.project(typed).on == on, realise.project(typed).on


def test_recommendations_from_reviews_fifty_six_and_fifty_seven():
    said = {t: realise.strength(t).theirs("they", "their", writer=True) for t in (
        "handled criticism well", "learned Japanese fast",
        "wrote an excellent paper on parental leave policy")}
    assert said == {"handled criticism well": "how well they handled criticism",
                    "learned Japanese fast": "how fast they learned Japanese",
                    "wrote an excellent paper on parental leave policy":
                        "that they wrote an excellent paper on parental leave policy"}
    assert realise.fact_sentences(realise.facts("settled for $4.2 million"),
                                  thing="the pension litigation") == \
        ["The pension litigation settled for $4.2 million."]  # the case did, not the lawyer
    assert realise.facts("45 got permanent jobs")[0].form == "clause"  # not "There were 45 got"
    for typed, on in (("Derecho Laboral II", "in Derecho Laboral II"),
                      ("Panadería Mamani in Cusco", "at Panadería Mamani in Cusco"),
                      ("Eglinton Crosstown signalling", "on the Eglinton Crosstown signalling project")):
        assert realise.project(typed).on == on


def test_the_offline_recommendation_passes_reads_cleanly_with_two_qualities():
    """"their fair and transparent scoring of applications" is a possessive with its noun, not
    one before a bare adjective (reads_cleanly tripped on an offline draft, which it never
    may); a standing "top of the cohort" is said as one."""
    rec = compose("recommendation", Context.from_dict({
        **BASE, "strengths": ["fair and transparent scoring of applications"],
        "details": "top of the 2021 cohort"}), 0)[0]
    results = run_checks("recommendation", Context.from_dict({
        **BASE, "strengths": ["fair and transparent scoring of applications"],
        "details": "top of the 2021 cohort", "channel": "recommendation"}), rec, None)
    cleanly = next(r for r in results if r.name == "reads_cleanly")
    assert cleanly.passed, (cleanly.detail, rec)
    assert "top of the 2021 cohort." in rec and "the top of" not in rec, rec


def test_from_reviews_fifty_eight_and_fifty_nine():
    from llmdraft.names import greeting
    for name, given in (("Ana Rita Sousa", "Ana Rita"), ("Rosa María Quispe", "Rosa María"),
                        ("João Pedro Alves", "João Pedro")):
        assert greeting(name, formal=False) == given  # a double given name, whole
    # grounded accepts what the draft wrote from the input: "'24" is 2024, "P&IDs" as typed
    for extra, written in (({"project": "autumn/winter '24 collection"}, "2024"),
                           ({"strengths": ["reading P&IDs", "BMS programming"]}, "P&IDs")):
        ctx = Context.from_dict({**BASE, **extra})
        message, errors = _errors("request", ctx)
        assert written in message and "grounded" not in errors, (message, errors)


def test_offline_drafts_pass_their_own_checks_on_readers_inputs():
    """Shapes from readers' contexts where an offline draft failed its own check: a
    possessive before two adjectives with a comma ("their safe, tidy work"), a capitalised
    adjective ("their Indigenous community reporting"), a place the project names itself
    ("backstage at Paris Fashion Week"), languages after "spoke"."""
    for extra, kind in (({"strengths": ["safe, tidy work"], "relationship": "client"},
                         "recommendation"),
                        ({"strengths": ["Indigenous community reporting", "radio documentary"]},
                         "recommendation"),
                        ({"project": "Paris Fashion Week backstage", "channel": "connection-note",
                          "strengths": ["hair styling"]}, "request"),
                        ({"strengths": ["reliable", "spoke Turkmen, Russian and English"]},
                         "recommendation")):
        ctx = Context.from_dict({**BASE, **extra})
        message, errors = _errors(kind, ctx)
        assert not errors, (message, errors)
    assert realise.strength("spoke Turkmen, Russian and English").theirs("Dana") == \
        "that Dana speaks Turkmen, Russian and English"
    assert realise.project("rewiring the parish hall").on == "on rewiring the parish hall"


def test_a_name_with_a_particle_is_not_a_place_after_it():
    assert realise.project("summer tasting menu at Casa do Rio").on == \
        "on the summer tasting menu at Casa do Rio"  # not "Casa do in Rio" (reader 59)


def test_list_lines_from_reviews_fifty_eight_and_fifty_nine():
    lines = [s.item() for s in realise.strengths(["never lost her temper", "Spark Streaming",
                                                   "EXCELLENT COMMUNICATION SKILLS"])]
    assert lines == ["Never lost my temper",  # her own temper: the requester's
                     "Spark Streaming",  # a product's capitals as typed
                     "Excellent communication skills"]  # a heading's capitals


@pytest.mark.parametrize("typed, shape, said", [
    ("menu costing", "at", "menu costing"),
    ("training commis chefs", "at", "training commis chefs"),
    ("soft tissue surgery", "at", "soft tissue surgery"),  # a practice, not "her ... surgery"
    ("field diagnostics", "at", "field diagnostics"),  # as typed, not the skill's "diagnostic"
    ("writing clearly", "at", "writing clearly"),
    ("attention to detail", "own", "her attention to detail"),
    ("team spirit", "own", "her team spirit"),
    ("leadership skills", "own", "her leadership skills"),
    ("crew changes during covid", "own", "her work on crew changes during COVID"),
    ("kept the pass calm on busy nights", "clause", "she kept the pass calm on busy nights"),
    ("kind but firm with contractors", "clause", "she is kind but firm with contractors"),
    ("calm, warm, organised", "clause", "she is calm, warm and organised"),
    ("patient explaining things to juniors", "clause",
     "she was patient explaining things to juniors"),
    ("pays on time", "clause", "she pays on time"),
    ("fast learner", "clause", "she is a fast learner"),
])
def test_a_strength_about_someone_in_a_sentence_of_its_own(typed, shape, said):
    """Strength.about(): the three shapes a recommendation's sentences take, none guessing a
    head ("her soft tissue surgery", "their florals skills", "how kind she is but firm")."""
    assert realise.strength(typed).about("she", "her") == (shape, said)


@pytest.mark.parametrize("item", CORPUS["strengths"], ids=_ids(CORPUS["strengths"]))
def test_every_typed_strength_has_a_shape_for_a_recommendation(item):
    shape, said = realise.strength(item["text"]).about("they", "their")
    assert shape in ("at", "own", "in", "clause")
    if shape == "clause":
        assert said.split()[0] in ("they", "their"), said  # its subject is the person
        assert not re.search(r"\bthey (?:is|was|has)\b", said), said  # and agrees with them
    elif shape == "own":
        assert said.startswith(("their ", "how ")), said
    else:  # "at" a skill or "in" a field, as typed: no owner, no head added
        assert not said.startswith(("their ", "how ", "that ")), said
        assert not said.endswith(" skills") or item["text"].lower().endswith("skills"), said


def test_a_recommendation_in_three_paragraphs_strongest_point_first():
    """How the writer knew them and the strongest point; the further strengths and the
    evidence; the writer's view and the close. The first sentence about a "they" names them."""
    ctx = Context.from_dict({"recipient": "Can Demir", "sender": "Ola Berg",
                             "relationship": "different-teams", "project": "earthquake cover repricing",
                             "strengths": ["catastrophe modelling", "kind but firm with brokers"],
                             "details": "priced 40 treaties in 2023"})
    for variant in range(6):
        message, errors = _errors("recommendation", ctx, variant)
        first, further, view = message.split("\n\n")
        assert "catastrophe modelling" in first and "Can" in first.split(". ")[1], message
        assert "kind but firm with brokers" in further and "40 treaties" in further, message
        assert "recommend" in view.lower() or "again" in view, message
        assert not re.search(r"Can's best|they is|how kind", message), message
        assert not errors, errors


def test_inputs_from_readers_fifty_seven_and_fifty_eight():
    from llmdraft.context import split_strengths

    # A list of single words is split whole; a field named with "and" stays one.
    assert split_strengths("python, django and postgres") == ["python", "django", "postgres"]
    assert split_strengths("first aid, health and safety") == ["first aid", "health and safety"]
    # A post before "at" is aimed at as a role; a consultancy or a contract is sought, not had.
    assert realise.purpose("account executive at a SaaS startup").text == \
        "an account executive role at a SaaS startup"
    assert realise.purpose("nurse educator").text == "a nurse educator role"
    assert realise.purpose("WHO consultancy") == realise.Purpose("target", "a WHO consultancy")
    # "permits" alone is a noun, not "I permit"; tools as their makers write them.
    assert realise.strength("permits").item() == "Permits"
    assert realise.strength("editing in capcut").item() == "Editing in CapCut"
    assert realise.strength("rhino and grasshopper").about("she", "her") == \
        ("at", "Rhino and Grasshopper")
    # A note that only left out its "was" is a sentence; a guessed verb stays a note.
    said = realise.as_typed(realise.facts("processing time cut from 9 days to 2; calving season 2023"),
                            "processing time cut from 9 days to 2; calving season 2023")
    assert [(f.text, f.form) for f in said] == [
        ("processing time was cut from 9 days to 2", "clause"), ("calving season 2023", "noun")]


def test_classmates_study_together_for_exams():
    ctx = Context.from_dict({"recipient": "Dilani Perera", "sender": "Ravi Fernando",
                             "relationship": "classmate", "project": "CA Sri Lanka exams",
                             "strengths": ["taxation", "explains hard topics simply"]})
    for variant in range(6):
        opening = compose("recommendation", ctx, variant)[0].split(". ")[0]
        assert "for the CA Sri Lanka exams" in opening and "studied" in opening, opening


@pytest.mark.parametrize("typed, shape, said", [
    ("vision", "own", "her vision"),  # a quality is theirs, never "excellent at vision"
    ("front office", "own", "her front office work"),  # a field: "strong in front office", never "her
    ("kaitiakitanga", "in", "kaitiakitanga"),  # work on" it (reader 66: "her work on diplomacy")
    ("medium voltage switchgear", "in", "medium voltage switchgear"),
    ("well integrity", "in", "well integrity"),  # a field, not her integrity
    ("diplomacy", "own", "her diplomacy"),  # a quality
    ("Spanish sign language", "in", "Spanish sign language"),
    ("paediatric early warning scores", "own", "her work on paediatric early warning scores"),  # a
    #   tool she used, never "her ... scores", her marks
    ("neat partograph records", "own", "her neat partograph records"),
    ("Avid", "at", "Avid"),  # the editor (a tool), never "she is avid"
    ("knowledge of HIPAA", "own", "her knowledge of HIPAA"),
    ("FAST ultrasound", "at", "FAST ultrasound"),
    ("mixed methods", "own", "her work on mixed methods"),  # not "she mixed methods"
    ("customs clearance", "at", "customs clearance"),  # a practice: not "her customs clearance"
    ("careful experimental design", "own", "her careful experimental design"),
    ("Turkmen, Russian and English", "clause", "she speaks Turkmen, Russian, and English"),
    ("on time, every time", "clause", "she is on time, every time"),
])
def test_strengths_from_readers_fifty_nine_and_sixty(typed, shape, said):
    assert realise.strength(typed).about("she", "her") == (shape, said)


def test_recommendations_from_readers_fifty_nine_and_sixty():
    ctx = Context.from_dict({"recipient": "Earl Washington", "sender": "Grace Hill",
                             "relationship": "reported-to-you", "project": "small business lending in Lafayette",
                             "strengths": ["vision", "listening", "sharp questions in class"],
                             "details": "myrtle rust response 2017; 200 staff; settled within 3 weeks"})
    for variant in range(6):
        message, errors = _errors("recommendation", ctx, variant)
        assert "the small business lending project in Lafayette" in message, message
        assert not re.search(r"(?:excellent|outstanding|good) at vision|"
                             r"(?:rely|relied|count) on \w+ for listening|"
                             r"They never [^.]*, too\.|"
                             r"questions in class deserves|a 200 staff|they settled", message), message
        assert not errors, errors
    assert realise.project("Hamburg harbour fleet telematics").np == \
        "the Hamburg harbour fleet telematics project"
    assert realise.project("catering for the gala").np == "the catering for the gala"


def test_requests_from_readers_fifty_nine_and_sixty():
    # A lone adjective in a list is the quality's noun ("Patience", not a hospital's patient),
    # else "Being ..."; tools in two words as their makers write them.
    assert [realise.strength(s).item() for s in ("patient", "reliable", "rigorous")] == \
        ["Patience", "Reliability", "Being rigorous"]
    assert realise.strength("pro tools").item() == "Pro Tools"
    assert realise.strength("Primavera p6").item() == "Primavera P6"
    # A course code and its title, whatever follows.
    assert realise.project("MBA 612 Operations Strategy").on == "in MBA 612 Operations Strategy"
    assert realise.project("CM 4300 senior design at LSU").on == "in CM 4300 (Senior Design) at LSU"
    for typed in ("patient", "reliable", "rigorous", "discreet"):  # still named, for the check
        ctx = Context.from_dict({**BASE, "strengths": [typed]})
        assert not _errors("request", ctx)[1], typed


def test_details_said_to_the_reader_from_reader_fifty_nine_and_sixty():
    claire = Context.from_dict({**BASE, "recipient": "Claire Martin", "relationship": "client",
                                "details": "Claire's group of 18 stayed a week in May"})
    assert "your group of 18 stayed a week in May" in compose("request", claire, 0)[0]
    assert realise.to_second_person("two featured in Her World") == "two featured in Her World"
    treaty = Context.from_dict({**BASE, "project": "the Lloyd's property treaty renewal",
                                "details": "renewed at a 6% lower rate"})
    message = compose("request", treaty, 0)[0]
    assert "the Lloyd's property treaty renewed at a 6% lower rate" in message, message


def test_purposes_from_readers_sixty_one_and_sixty_two():
    said = {typed: realise.purpose(typed).text for typed in (
        "first officer position at Sky Airline", "applying for assistant coach at Olympiacos",
        "national team coaching staff", "MSW at TISS")}
    assert said == {"first officer position at Sky Airline": "a first officer position at Sky Airline",
                    "applying for assistant coach at Olympiacos":
                        "applying for an assistant coach role at Olympiacos",
                    "national team coaching staff": "a place on the national team coaching staff",
                    "MSW at TISS": "an MSW at TISS"}


def test_a_detail_stands_in_for_a_strength_only_when_it_says_all_of_it():
    """"mentored 3 interns" is "mentored interns" with its figure; "3,400 flu vaccines" is no
    "vaccinating", "400 artists" no "he's great with artists", "pricing model" no "excel
    modelling": each strength is still said."""
    for strengths, details, said in (
            (["leadership", "vaccinating"], "3,400 flu vaccines in one season", "vaccinating"),
            (["sound engineering", "he's great with artists"], "4 days, 400 artists",
             "great with artists"),
            (["forecasting", "excel modelling"], "her team's pricing model won first place",
             "Excel modelling")):
        ctx = Context.from_dict({"recipient": "Juma Kassim", "sender": "Zawadi Mollel",
                                 "relationship": "different-teams", "project": "the festival",
                                 "strengths": strengths, "details": details,
                                 "channel": "recommendation"})
        for variant in range(6):
            message, errors = _errors("recommendation", ctx, variant)
            assert said in message and not errors, (message, errors)
            assert "in one season in all" not in message, message
    mentor = Context.from_dict({"recipient": "Dana Holt", "sender": "Ann Lee", "relationship":
                                "managed-you", "project": "the lab", "strengths":
                                ["mentored interns", "SQL"], "details": "mentored 3 interns"})
    assert "mentored 3 interns" in compose("recommendation", mentor, 0)[0]


@pytest.mark.parametrize("typed, shape, said", [
    ("editorial judgement", "own", "her editorial judgement"),  # a quality, never "good at"
    ("respect for the farmers", "own", "her respect for the farmers"),
    ("persistence", "own", "her persistence"),
    ("social media", "at", "social media"),  # a practice, not "her social media"
    ("electrical commissioning", "at", "electrical commissioning"),
    ("early mobilisation", "at", "early mobilisation"),
    ("her explaining FSC certification", "at", "explaining FSC certification"),
    ("a good eye for light", "own", "her good eye for light"),
    ("sour beers", "own", "her sour beers"),  # not "her handling of sour beers"
    ("chocolate work", "own", "her chocolate work"),  # never "her work on chocolate work"
])
def test_strengths_from_readers_sixty_three_and_sixty_four(typed, shape, said):
    assert realise.strength(typed).about("she", "her") == (shape, said)


def test_requests_from_readers_sixty_three_and_sixty_four():
    assert realise.project("VAT registration and corporate tax readiness for 2023").np == \
        "the VAT registration and corporate tax readiness project for 2023"  # the year stays
    #   after "for"; readiness is no piece of work until it is a project
    assert realise.project("sourcing Saaz hops for our pilsner").np == \
        "sourcing Saaz hops for our pilsner"  # a deed done to a name, not "the sourcing"
    assert realise.strength("was always on time").item() == "I was always on time"
    assert realise.strength("OWASP top 10").item() == "OWASP Top 10"


def test_recommendations_from_readers_sixty_five_and_sixty_six():
    ctx = Context.from_dict({"recipient": "Mercy Achieng", "sender": "Ruth Wanjiku",
                             "relationship": "managed-you", "project": "kangaroo mother care programme",
                             "strengths": ["triage", "counselling first-time mothers",
                                           "neat partograph records"], "channel": "recommendation"})
    for variant in range(6):
        message, errors = _errors("recommendation", ctx, variant)
        assert "similar role" not in message, message  # no role was named
        assert "work on counselling first-time mothers and neat partograph records deserve " \
            not in message, message
        assert not errors, errors
    assert realise.strength("jmeter").item() == "JMeter"
    assert realise.strength("adobe illustrator").item() == "Adobe Illustrator"


@pytest.mark.parametrize("typed, on", [
    ("TF6000 turbofan test campaign", "on the TF6000 turbofan test campaign"),  # a code names
    #                                                     the work, not a course
    ("kangaroo mother care programme, Kisumu County",
     "in the kangaroo mother care programme in Kisumu County"),  # no "the Kisumu County"
    ("blade repair crew, sweetwater tx", "on the blade repair crew in Sweetwater, TX"),
    ("blade repair crew in Sweetwater, TX", "on the blade repair crew in Sweetwater, TX"),
    ("pastry section at Le Grand Hôtel de Lyon", "in the pastry section at Le Grand Hôtel de Lyon"),
    ("my associateship at the Federal Court in Brisbane",
     "during my associateship at the Federal Court in Brisbane"),
    ("cold chain for vaccines in Tamil Nadu", "on the cold chain for vaccines in Tamil Nadu"),
    ("birthing centre in Jumla", "at the birthing centre in Jumla"),  # a place, not a deed
    ("competition law matters", "on competition law matters"),  # work of a kind: no "the"
    ("crop insurance payouts for the 2022 drought",
     "on the crop insurance payouts for the 2022 drought"),
])
def test_projects_from_readers_sixty_five_and_sixty_six(typed, on):
    assert realise.project(typed).on == on


def test_inputs_from_readers_sixty_five_and_sixty_six():
    from llmdraft.context import split_strengths
    from llmdraft.names import greeting

    # Adjectives that share one noun are one strength; single words alone still split.
    assert split_strengths("fast, accurate editing") == ["fast, accurate editing"]
    assert split_strengths("calm, warm, tidy") == ["calm", "warm", "tidy"]
    # A count and what was done to it stays a note; a doer with an object is a clause.
    said = "42 landholder agreements signed; 3 engineers built the pipeline; occupancy stayed above 90%"
    assert [(f.text, f.form) for f in realise.as_typed(realise.facts(said), said)] == [
        ("42 landholder agreements were signed", "clause"),
        ("3 engineers built the pipeline", "clause"),
        ("occupancy stayed above 90%", "clause")]  # no "the occupancy"
    # Funding is sought, not done; "sambal from scratch" is made.
    assert realise.purpose("funding for a third store") == \
        realise.Purpose("goal", "funding for a third store")
    assert realise.strength("sambal from scratch").about("he", "his") == \
        ("at", "making sambal from scratch")
    # "Hon." is a style for an address, not a greeting; "Đỗ" is a Vietnamese family name.
    assert greeting("Hon. Patricia Whitfield", True) == "Patricia Whitfield"
    assert greeting("Hon. Patricia Whitfield", True, role="federal judge") == "Judge Whitfield"
    assert greeting("Đỗ Quang Huy", False, close=True) == "Huy"
    # Earlier readers' sentences still present at 420029a: a post in lower case takes its field
    # in lower case; a count of megawatts is no plural; a site's name takes no "the".
    assert realise.role("Professor of Structural Engineering at the University of Strathclyde") == \
        "a professor of structural engineering at the University of Strathclyde"
    assert realise.role("Regius Professor of Medicine") == "Regius Professor of Medicine"
    assert realise.role("Professor of English at Leeds") == "a professor of English at Leeds"
    assert [f.text for f in realise.facts("2.1 MW array energized 3 weeks early; gov.gr reached "
                                          "1,500 services; 12 staff trained in CPR")] == [
        "2.1 MW array was energized 3 weeks early", "gov.gr reached 1,500 services",
        "12 staff were trained in CPR"]
    assert realise.strength("explaining FSC certification").about("they", "their") == \
        ("at", "explaining FSC certification")  # never "their explaining FSC certification"
    assert realise.project("the ER at Sheba Medical Center").on == "in the ER at Sheba Medical Center"
    assert realise.project("Ramadan 2024 at the Ritz-Carlton Riyadh").on == \
        "during Ramadan 2024 at the Ritz-Carlton Riyadh"  # a period; "on Black Friday", a day


def test_a_recommendation_says_notes_in_sentences_and_one_endorsement_with_an_aim():
    """Notes are what the work saw, never a fragment after a colon ("One more thing worth
    knowing: 400 transports"); with an aim the reader takes that away, and the close follows
    without another stock endorsement between them."""
    ctx = Context.from_dict({"recipient": "Bronwyn Hale", "sender": "Nathan Hughes",
                             "relationship": "same-team", "project": "Golden Plains wind farm",
                             "strengths": ["community consultation", "diplomacy",
                                           "behaviour plans", "warmth with families"],
                             "details": "42 landholder agreements signed; planning approval in 14 months",
                             "purpose": "a senior stakeholder role"})
    for variant in range(6):
        message, _ = _errors("recommendation", ctx, variant)
        assert not re.search(r": [a-z0-9]", message), message
        assert "42 landholder agreements were signed" in message, message
        assert "work on diplomacy" not in message, message
        assert len(message.split("\n\n")[-1].split(". ")) <= 4, message


def test_inputs_from_readers_sixty_seven_and_sixty_eight():
    from llmdraft.names import greeting

    # A language's name has its capital wherever it is typed; "permits" and "lean" are no verbs
    # or adjectives about the person.
    assert realise.strength("bilingual (ukrainian/english)").item() == "Bilingual (Ukrainian/English)"
    assert realise.strength("French/english site meetings").item() == "French/English site meetings"
    assert realise.strength("permits in remote Patagonia").item() == "Permits in remote Patagonia"
    assert realise.strength("lean").item() == "Lean"
    # A code that names the machine or the work is no course; a course's title keeps its capitals.
    assert realise.project("ATR 72 C-check").on == "on the ATR 72 C-check"
    assert realise.project("MA5892 numerical methods at IIT Madras").on == \
        "in MA5892 (Numerical Methods) at IIT Madras"
    assert realise.project("migrant shelter in Tijuana").on == "at the migrant shelter in Tijuana"
    # "the first run shipped", "Juan Camilo", a promotion aimed at, a post held in a note.
    said = realise.fact_sentences(realise.facts("first run shipped 18,000 cases"))
    assert said == ["The first run shipped 18,000 cases."]
    assert greeting("Juan Camilo Restrepo", False) == "Juan Camilo"
    assert realise.purpose("promotion to senior underwriter") == \
        realise.Purpose("target", "a promotion to senior underwriter")
    assert realise.role("Director of Facilities at the Ministry of Education, Abu Dhabi") == \
        "Director of Facilities at the Ministry of Education in Abu Dhabi"
    # A change typed with no doer is growth the work saw, never "she grew from 12 to 140
    # players"; swimmers qualify themselves; agreements are signed.
    said = "grew from 12 to 140 players in 3 years; 9 swimmers qualified for nationals; " \
           "42 landholder agreements signed"
    assert [(f.text, f.form) for f in realise.as_typed(realise.facts(said), said)] == [
        ("growth went from 12 to 140 players in 3 years", "clause"),
        ("9 swimmers qualified for nationals", "clause"),
        ("42 landholder agreements were signed", "clause")]
    # Places typed in lower case, a year after a place, a title's "The", a certificate.
    assert realise.project("coffee rust trials in dak lak").on == "on the coffee rust trials in Dak Lak"
    assert realise.project("kathmandu valley water quality survey").np == \
        "the Kathmandu Valley water quality survey"
    assert realise.project("filming in Kharkiv 2022").np == "filming in Kharkiv in 2022"
    assert realise.project("The River Keepers (CBC)").np == "The River Keepers (CBC)"
    assert realise.project("The Atlas Data Platform").np == "the Atlas Data Platform"
    assert realise.project("Cert IV in Sport Coaching").on == "in the Cert IV in Sport Coaching"
    assert realise.project("2023 commercial property renewals").np == \
        "the 2023 commercial property renewals"  # a year makes them these renewals
    # A kind of person, however many adjectives: "she is a tough but fair negotiator".
    assert realise.strength("tough but fair negotiator").about("she", "her") == \
        ("clause", "she is a tough but fair negotiator")
    assert realise.strength("patient explainer").mine() == "that I'm a patient explainer"


def test_a_recommendation_says_tools_as_tools_and_a_post_held_as_held():
    """"highly skilled in Stata", never "at her best when it came to Stata" or "rely on her for
    QGIS"; a note that names a post is said of the person ("She was TA for the course in 2023"),
    never "The work saw TA ..."; no "Worth adding, too:" after "..., too"."""
    ctx = Context.from_dict({"recipient": "Karthik Iyer", "sender": "Anand Rao",
                             "relationship": "teacher", "pronouns": "he",
                             "project": "MA5892 numerical methods at IIT Madras",
                             "strengths": ["Stata", "finite element methods", "QGIS"],
                             "details": "TA for the course in 2023; top score in the final exam"})
    for variant in range(6):
        message, _ = _errors("recommendation", ctx, variant)
        assert re.search(r"\b[Hh]e was TA for the course in 2023\.", message), message
        assert not re.search(r"best when it came to Stata|for QGIS|saw TA|Worth adding|: [a-z]",
                             message), message


def test_inputs_from_readers_sixty_nine_and_seventy():
    # A name after "my agency," is its name, not a place; a software port is worked on; a
    # course's level is studied in.
    assert realise.project("founding my translation agency, Ponte Traduções").np == \
        "founding my translation agency, Ponte Traduções"
    assert realise.project("Unity port of Jade Dragon Tactics").on == \
        "on the Unity port of Jade Dragon Tactics"
    assert realise.project("WSET Level 3").on == "in WSET Level 3"
    # "signed with a publisher" is the person's deed, not something done to the project.
    assert realise.facts("signed with a Berlin publisher in 2024")[0].form == "past"
    assert realise.strength("Meta Ads Manager").about("she", "her") == ("at", "Meta Ads Manager")
    assert realise.strength("obs").item() == "OBS"
    # Reader 69: "responsive" is the person's, so two strengths; the ED is worked in; the one
    # executive chef; roles after an acronym are roles; a study's samples are its fieldworker's.
    from llmdraft.context import split_strengths
    assert split_strengths("responsive, clear contracts") == ["responsive", "clear contracts"]
    assert realise.project("the ED at St. Vincent's").on == "in the ED at St. Vincent's"
    assert realise.role("Executive Chef at The Larder") == "Executive Chef at The Larder"
    assert realise.purpose("PSRA licensed agent roles").form == "goals"
    assert realise.purpose("pastry chef de partie").text == "a pastry chef de partie role"
    assert realise.fact_sentences(realise.facts("collected 600 milk samples"), "She", True,
                                  "the dairy cattle mastitis study in Nakuru") == \
        ["She collected 600 milk samples."]
    assert realise.strength("Spark Structured Streaming").item() == "Spark Structured Streaming"
    # Reader 70: a second gerund in a purpose follows the first into "to"; a plural the lexicon
    # also files as a verb still moved.
    assert realise.purpose("finishing my CA(SA) articles and moving to the Cape Town advisory "
                           "team").text == "to finish my CA(SA) articles and move to the Cape " \
                                           "Town advisory team"
    assert realise.facts("emergency waits down 35%")[0].text == "emergency waits went down 35%"
    # Reader 71: a route joined by an en dash, a region by its compass point, a month typed short,
    # a clinic's own name, a German practice, a deed whose verb is also a noun.
    assert realise.project("Vienna–Istanbul groupage lane").np == "the Vienna-Istanbul groupage lane"
    assert realise.project("4G site rollout in south punjab").np == "the 4G site rollout in South Punjab"
    assert realise.project("udaipur wedding shoot dec 2023").np.endswith("in December 2023")
    assert realise.project("Smile Cairo dental clinic").on == "at the Smile Cairo dental clinic"
    assert realise.project("Praxis Hartmann").on == "at Praxis Hartmann"
    assert realise.project("reducing demurrage at Karachi port").np == \
        "reducing demurrage at Karachi port"
    assert realise.facts("shot 1,200 photos over 11 hours")[0].form == "past"
    assert realise.strength("first aid").about("she", "her") == ("at", "first aid")
    assert realise.strength("capture one").item() == "Capture One"
    # Reader 72: a title's own article, a master's studied in, acronyms typed in capitals, a
    # bare verb listed as a gerund, a school applied to, a document review.
    assert realise.project("Les Bonnes at Théâtre de l'Odéon").on == "on Les Bonnes at Théâtre de l'Odéon"
    assert realise.project("La Trobe University exchange").np == "the La Trobe University exchange"
    assert realise.project("Máster de Acceso a la Abogacía at Universidad Carlos III").on.startswith("in ")
    assert realise.strength("NEBOSH IGC").item() == "NEBOSH IGC"
    assert realise.strength("train new receptionists").item() == "Training new receptionists"
    assert realise.strength("opera cloud").item() == "OPERA Cloud"
    assert realise.strength("document review in Relativity").about("she", "her")[1] == \
        "document review in Relativity"
    assert realise.purpose("Ghana School of Law").text == "applying to the Ghana School of Law"
    assert realise.purpose("for my move into a principal role").form == "goal"
    assert realise.strength("always on time").about("they", "their") == \
        ("clause", "they are always on time")  # the person is; never "kept the work on time"
    # Readers 73 and 74: the Games' name, a degree studied in, a named hospital, a post aimed at,
    # reverse logistics.
    assert realise.project("physio support project for the Swedish handball team at Tokyo 2020").np \
        .endswith("at Tokyo 2020")
    assert realise.project("MSc Supply Chain at University of Moratuwa").on == \
        "in the MSc Supply Chain at the University of Moratuwa"
    assert realise.project("pneumatic tube courier system at Haukeland hospital").np.endswith(
        "at Haukeland hospital")
    assert realise.purpose("supervising attorney").text == "a supervising attorney role"
    assert realise.purpose("Master's in sports medicine").text == "a master's in sports medicine"
    assert realise.strength("reverse logistics").about("she", "her") == ("at", "reverse logistics")
    # Reader 73: a count of things done to them is said as done ("42 ... were signed"), while
    # pupils who moved did it themselves; a course title in mixed case; the Permian Basin.
    said = "27 heat pumps installed in one winter; 25 pupils moved with a full plan"
    assert [f.text for f in realise.as_typed(realise.facts(said), said)] == [
        "27 heat pumps were installed in one winter", "25 pupils moved with a full plan"]
    assert realise.project("BKAM 3023 Islamic microfinance").on == "in BKAM 3023 (Islamic Microfinance)"
    assert realise.project("Permian basin produced water recycling project").np.startswith(
        "the Permian Basin")
    # Readers 75 and 76: a habit with its object and manner, an object after "approved", tools.
    assert realise.strength("trains installers well").about("he", "his") == \
        ("clause", "he trains installers well")
    assert realise.facts("the FSS approved it first time")[0].text == "the FSS approved it first time"
    assert realise.strength("avid media composer").item() == "Avid Media Composer"
    assert realise.strength("github actions").item() == "GitHub Actions"
    assert realise.strength("paramedic").about("he", "his") == ("clause", "he is a paramedic")
    assert realise.strength("she always remembers clients' names and sizes").item() == \
        "I always remember clients' names and sizes"  # never "names and size"
    assert realise.strength("on the floor before first shift every day").about("he", "his") == \
        ("clause", "he was on the floor before first shift every day")
    assert realise.purpose("senior environment artist").text == "a senior environment artist role"
    assert realise.fact_sentences(realise.facts("led to a HIQA review"), "She", True,
                                  "the hospital waits series") == \
        ["The hospital waits series led to a HIQA review."]


def test_a_recommendation_never_says_the_person_is_about_to_leave():
    """A recommendation sits on a profile the person's employer reads: no "whoever works with
    them next", "the next opportunity" or "whatever comes next" (reader 76: 21 of 35)."""
    ctx = Context.from_dict({"recipient": "Sam Ortiz", "sender": "Lee Park", "project": "Halcyon",
                             "strengths": ["SQL", "calm under pressure"], "relationship": "managed-you"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert not re.search(r"\bnext\b|whoever", message, re.I), message


def test_what_readers_seventy_five_and_seventy_six_still_found():
    """The classes left open at the end of their round, each by an input of its own."""
    on = {typed: realise.project(typed).on for typed in (
        "monsoon preparedness in the Rohingya camps", "cross-border investigation into sand dredging",
        "Taberna do Mar", "my stage at CPE Les Petits Pommiers", "SAME ambulance base in Palermo",
        "the customer base", "game-day operations for the Peachtree Classic",
        "documentary filmmaking at Bophana Center", "IP law seminar, University of Tehran",
        "school counselling certificate at Hanoi National University of Education",
        "MSc journalism at Strathclyde", "MBA program at Wharton")}
    assert on == {
        "monsoon preparedness in the Rohingya camps":  # a mass noun is no thing with "the"
            "on the monsoon preparedness project in the Rohingya camps",
        "cross-border investigation into sand dredging":  # the head is before "into"
            "on the cross-border investigation into sand dredging",
        "Taberna do Mar": "at Taberna do Mar",  # a restaurant's own name
        "my stage at CPE Les Petits Pommiers": "during my stage at CPE Les Petits Pommiers",
        "SAME ambulance base in Palermo": "at the SAME ambulance base in Palermo",
        "the customer base": "on the customer base",
        "game-day operations for the Peachtree Classic":
            "in game-day operations for the Peachtree Classic",
        "documentary filmmaking at Bophana Center": "on documentary filmmaking at Bophana Center",
        "IP law seminar, University of Tehran": "in the IP law seminar at the University of Tehran",
        "school counselling certificate at Hanoi National University of Education":
            "in the school counselling certificate at Hanoi National University of Education",
        "MSc journalism at Strathclyde": "in the MSc in Journalism at Strathclyde",
        "MBA program at Wharton": "in the MBA program at Wharton"}
    assert realise.role("Area Operations Manager for National Ambulance Service") == \
        "Area Operations Manager for the National Ambulance Service"
    assert realise.role("Analyst at National Grid") == "an analyst at National Grid"  # a company
    assert realise.role("Senior Manager, Credit Risk at Hanul Bank") == \
        "a senior manager in credit risk at Hanul Bank"
    assert realise.role("VP, Marketing at Acme") == "VP of Marketing at Acme"
    assert realise.purpose("the partner track at my firm").form == "target"  # aimed at
    for typed, said in (("70% of motor claims now processed in a day",
                         "70% of motor claims are now processed in a day"),
                        ("named top seller Q3 2022", "was named top seller in Q3 2022")):
        assert [f.text for f in realise.as_typed(realise.facts(typed), typed)] == [said]
    about = {typed: realise.strength(typed).about("he", "his") for typed in (
        "thoughtful code reviews", "semiconductor background", "community trust",
        "editing in premiere")}
    assert about == {"thoughtful code reviews": ("own", "his thoughtful code reviews"),
                     "semiconductor background": ("own", "his semiconductor background"),
                     "community trust": ("at", "earning community trust"),
                     "editing in premiere": ("at", "editing in Premiere")}


def test_a_strength_the_realiser_cannot_place_takes_a_frame_any_phrase_fits():
    """"strong in community trust", "knew negotiating in French inside out" and "explaining
    model limits to the risk committee and stress testing" (to whom?) are never written."""
    ctx = Context.from_dict({"recipient": "Tom Reyes", "sender": "Ana Lima", "pronouns": "he",
                             "project": "the Orion audit", "relationship": "same-team",
                             "strengths": ["rhythm in dialogue scenes", "community trust",
                                           "negotiating in French, Arabic and English",
                                           "explaining model limits to the risk committee",
                                           "stress testing"]})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert not re.search(r"strong in (?:rhythm|community)|strength in|was in community|"
                             r"inside out|committee and stress", message), message
        assert "rhythm in dialogue scenes" in message and "community trust" in message, message
        assert "earning community trust" in message, message


def test_what_readers_seventy_seven_and_seventy_eight_found():
    """Each class by an input of its own: projects, roles, purposes, facts and names."""
    assert realise.role("Harbour Master at Mersin International Port") == \
        "Harbour Master at Mersin International Port"  # a post there is one of
    assert realise.role("Head of Department, Library and Information Science, University of "
                        "Ibadan") == ("Head of the Department of Library and Information Science"
                                      " at the University of Ibadan")
    said = {typed: realise.purpose(typed) for typed in (
        "Teach For Ghana fellowship", "the Reuters Institute fellowship",
        "MSW at University of Toronto", "a workforce analyst role abroad")}
    assert {t: (p.form, p.text) for t, p in said.items()} == {
        "Teach For Ghana fellowship": ("target", "the Teach For Ghana fellowship"),
        "the Reuters Institute fellowship": ("target", "the Reuters Institute fellowship"),
        "MSW at University of Toronto": ("target", "an MSW at the University of Toronto"),
        "a workforce analyst role abroad": ("target", "a workforce analyst role abroad")}
    assert realise.facts("shot in 34 days on the Black Sea coast")[0].form == "passive"
    assert realise.strength("suturing technique").about("she", "her") == \
        ("own", "her suturing technique")
    assert realise.strength("suturing technique").mine() == "my suturing technique"
    assert realise.strength("meticulous documentation").about("she", "her") == \
        ("own", "her meticulous documentation")


def test_a_recommendation_lists_counts_and_a_project_keeps_its_milestones():
    """"11 stages over three nights" is listed as typed: never "That work saw 11 stages", "The
    record from that time includes ..." nor "The festival had ..." (which says "The upgrade had
    48 pumping stations" as readily); a film premiered, not its post-production."""
    ctx = Context.from_dict({"recipient": "Putri Lestari", "sender": "Ana Lima", "pronouns": "she",
                             "project": "Jakarta music festival", "relationship": "vendor",
                             "strengths": ["artist liaison"],
                             "details": "11 stages over three nights"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "The work covered 11 stages over three nights." in message \
            and "festival had" not in message, message
    film = Context.from_dict({"recipient": "Sophie Wagner", "sender": "Jonas Meier",
                              "project": "Der lange Winter post-production",
                              "relationship": "reported-to-you", "strengths": ["dialogue editing"],
                              "details": "premiered at the Berlinale 2023"})
    assert "Der lange Winter premiered at the Berlinale 2023." in compose("recommendation", film, 0)[0]


def test_a_request_whose_project_is_the_mentoring_says_it_once():
    ctx = Context.from_dict({"recipient": "Ngozi Eze", "sender": "Fatima Abubakar",
                             "relationship": "teacher",
                             "project": "mentoring during my first year at the claims desk",
                             "strengths": ["learning quickly"]})
    for variant in range(6):
        message = compose("request", ctx, variant)[0]
        assert "mentoring me during my first year at the claims desk" in message, message
        assert message.count("mentoring") == 1, message


def test_what_a_site_or_a_project_did_is_not_one_persons():
    """"He sorted 40,000 parcels a night" and "He launched in May" credit a person with what a
    hub handled or a project did (reader 77)."""
    said = realise.fact_sentences(realise.facts("sorted 40,000 parcels a night after go-live"),
                                  "He", third=True, thing="the An Post parcel hub automation project")
    assert said == ["The hub sorted 40,000 parcels a night after the go-live."]
    said = realise.fact_sentences(realise.facts("launched in May; came in under budget"), "He",
                                  third=True, thing="the bakery line upgrade")
    assert said == ["The bakery line upgrade came in under budget and launched in May."]
    assert realise.fact_sentences(realise.facts("sorted 40,000 parcels a night"), "I",
                                  thing="the hub")[0].startswith("We sorted")  # a request: we


def test_a_recommendation_joins_two_short_plain_sentences_about_the_person():
    ctx = Context.from_dict({"recipient": "Dana Cole", "sender": "Lee Park", "pronouns": "she",
                             "project": "the La Pintana legal aid clinic",
                             "relationship": "managed-you",
                             "strengths": ["case intake", "mentoring law students",
                                           "never missed a court deadline"]})
    joined = [compose("recommendation", ctx, v)[0] for v in range(6)]
    assert any(", and she never missed a court deadline." in m for m in joined), joined
    for message in joined:  # never three in one, never after a sentence with its own "and"
        assert not re.search(r", and [^.]*, and ", message), message


def test_a_paper_is_produced_and_a_discipline_is_worked_in():
    ctx = Context.from_dict({"recipient": "Omer Levi", "sender": "Ana Lima", "pronouns": "he",
                             "project": "contrastive learning for Hebrew speech recognition",
                             "relationship": "teacher", "strengths": ["PyTorch"],
                             "details": "first-author paper at Interspeech 2023"})
    assert "produced a first-author paper at Interspeech 2023." in compose("recommendation", ctx, 0)[0]
    assert realise.project("physiotherapy at Universitario de Deportes").on == \
        "in physiotherapy at Universitario de Deportes"


def test_what_readers_seventy_nine_and_eighty_found():
    said = {typed: (p.form, p.text) for typed in (
        "partnership", "impact investing", "Head of Partnerships role at an international NGO",
        "a B1 licensed engineer job in Europe", "Deputy Principal")
        for p in [realise.purpose(typed)]}
    assert said == {
        "partnership": ("target", "partnership"),
        "impact investing": ("goal", "my move into impact investing"),
        "Head of Partnerships role at an international NGO":
            ("target", "a Head of Partnerships role at an international NGO"),
        "a B1 licensed engineer job in Europe": ("target", "a B1 licensed engineer job in Europe"),
        "Deputy Principal": ("target", "a deputy principal role")}
    assert realise.role("District Health Manager, Johannesburg") == \
        "a district health manager in Johannesburg"
    assert realise.role("Senior epidemiologist at Fiocruz") == "a senior epidemiologist at Fiocruz"
    assert realise.role("partner at Njoroge & Associates Advocates") == \
        "a partner at Njoroge & Associates Advocates"
    assert [realise.strength(t).item() for t in ("airflow dags", "wrote most of the spark jobs",
                                                 "plain-English advice",
                                                 "kept the pass calm on saturday nights")] == [
        "Airflow DAGs", "Wrote most of the Spark jobs", "Plain-English advice",
        "Kept the pass calm on Saturday nights"]
    typed = "aircraft back in service in 31 hours"
    assert [f.text for f in realise.as_typed(realise.facts(typed), typed)] == [
        "the aircraft was back in service in 31 hours"]
    said = realise.fact_sentences(realise.facts("vaccinated 38,000 people in 5 weeks"), "He",
                                  third=True, thing="the vaccination campaign in Manaus in 2022")
    assert said == ["The campaign vaccinated 38,000 people in 5 weeks."]


def test_an_activity_under_way_is_said_as_doing_it():
    ctx = Context.from_dict({"recipient": "Tom Reyes", "sender": "Ana Lima", "project": "Orion",
                             "strengths": ["audit planning"], "relationship": "same-team",
                             "purpose": "looking for new clients"})
    for variant in range(6):
        message = compose("request", ctx, variant)[0]
        assert re.search(r"I'm (?:currently )?looking for new clients", message), message
        assert "focused on looking" not in message, message


def test_a_language_pair_a_branch_and_a_programmes_count():
    assert realise.strength("Japanese-Portuguese").about("he", "his") == \
        ("clause", "he is fluent in Japanese and Portuguese")  # never "at home with Japanese-
    #   Portuguese", nor "strong at working between" them (reader 181)
    assert realise.strength("Japanese-Portuguese").mine() == "how fluent I am in Japanese and Portuguese"
    assert realise.strength("Korean/English").item() == "Fluent in Korean and English"  # never
    #   "Being korean/English"
    assert realise.strength("marketing on a shoestring").about("he", "his") == \
        ("own", "his marketing on a shoestring")  # never "his work on marketing on a ..."
    assert realise.project("the Shibuya branch at Mizuho").on == "at the Shibuya branch of Mizuho"
    assert realise.fact_sentences(realise.facts("distributed 60,000 self-test kits"), "He", True,
                                  "the self-testing drive") == [
        "The self-testing drive distributed 60,000 self-test kits."]
    assert realise.fact_sentences(realise.facts("reviewed 1,200 contracts"), "He", True,
                                  "the due diligence") == ["He reviewed 1,200 contracts."]


def test_an_aim_that_already_recommends_them_is_the_close():
    """"... and I recommend her for it wholeheartedly. Inge has my warm recommendation." says it
    twice (reader 77's c33, reader 80's c20): an advisor's closings all recommend."""
    ctx = Context.from_dict({"recipient": "Inge de Vries", "sender": "Pieter Bakker",
                             "pronouns": "she", "project": "the 2023 Rotterdam measles response",
                             "relationship": "advisor", "strengths": ["outbreak investigation"],
                             "purpose": "an ECDC fellowship"})
    aims = 0
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        if "recommend her for it" in message:
            aims += 1
            assert message.endswith("recommend her for it wholeheartedly."), message
    assert aims, "no variant says the aim with its recommendation"


def test_what_readers_eighty_one_and_eighty_two_found():
    said = {typed: (p.form, p.text) for typed in (
        "attending positions", "managing editor at NTV Uganda",
        "postdoctoral research in soil science", "Commonwealth scholarship")
        for p in [realise.purpose(typed)]}
    assert said == {"attending positions": ("goals", "attending positions"),
                    "managing editor at NTV Uganda": ("target", "a managing editor role at NTV Uganda"),
                    "postdoctoral research in soil science":
                        ("target", "postdoctoral research in soil science"),
                    "Commonwealth scholarship": ("target", "a Commonwealth scholarship")}
    assert [f.text for f in realise.facts("chief resident 2023-2024")] == [
        "was chief resident from 2023 to 2024"]
    assert [f.text for f in realise.facts("stockouts dropped from 30% to 8% over 2019-2020")] == [
        "stockouts dropped from 30% to 8% from 2019 to 2020"]
    assert realise.strength("calm charge nurse").about("she", "her") == \
        ("clause", "she is a calm charge nurse")


def test_family_name_first_with_a_title_or_an_unmistakable_given_name():
    from llmdraft.names import greeting, public_name
    assert greeting("Dr. Ssekandi Moses", True) == "Dr. Ssekandi"
    assert greeting("Eng. Opio Samuel", True) == "Eng. Opio"
    assert public_name("Nantongo Ritah", None) == "Ritah"
    assert greeting("Mukasa Brian", False) == "Brian"
    assert greeting("Chloe Martin", False) == "Chloe"  # Martin may be either: as typed
    assert greeting("Maestra Guadalupe Torres", True) == "Maestra Torres"


def test_what_reader_eighty_one_found():
    from llmdraft.context import split_strengths
    from llmdraft.realise.words import clean
    assert split_strengths("cold chain compliance, customs paperwork, speaking French and Arabic "
                           "with drivers")[-1] == "speaking French and Arabic with drivers"
    assert clean("Lặng Im") == "Lặng Im" and clean("im a nurse") == "I'm a nurse"
    assert realise.project("port of Agadir expansion").on == "on the Port of Agadir expansion"
    assert realise.project("Melbourne Metro Tunnel").on == "on the Melbourne Metro Tunnel"
    assert realise.purpose("Creative Destruction Lab").text == "applying to the Creative Destruction Lab"
    assert realise.role("Pharmacist in charge at Pharmacity District 7") == \
        "the pharmacist in charge at Pharmacity District 7"
    ctx = Context.from_dict({"recipient": "Aditi Rao", "sender": "Ana Lima", "pronouns": "she",
                             "project": "joint tender for the Marrakech tramway",
                             "relationship": "advisor", "strengths": ["traffic modelling"],
                             "details": "4 firms, 9 months"})
    message = compose("recommendation", ctx, 0)[0]
    assert "The work involved 4 firms over 9 months." in message and " had " not in message, message
    client = Context.from_dict({"recipient": "Mihaela Pop", "sender": "Ana Lima",
                                "relationship": "client", "strengths": ["reliable deliveries"],
                                "project": "supplying OTC stock to the Farmacia Verde chain"})
    for variant in range(6):  # the client never "was supplying" anything
        message = compose("request", client, variant)[0]
        assert not re.search(r"(?:your experience as my client|your time) while", message), message


# Projects from readers 77 to 82, each a class of its own: the phrase after "my work".
READER_PROJECTS = [
    ("the earthquake coverage in Hatay, February 2023",
     "on the earthquake coverage in Hatay in February 2023"),  # no comma left open
    ("An Post parcel hub automation", "on the An Post parcel hub automation project"),
    ("ARQ 2201 taller de vivienda social", "in ARQ 2201 (Taller de Vivienda Social)"),
    ("diplomado en liquidación de siniestros", "in the diplomado en liquidación de siniestros"),
    ("night shift migration for the telco account",
     "on the night shift migration for the telco account"),  # jargon, no company called Telco
    ("porting Tidebreaker to Switch", "on porting Tidebreaker to Switch"),  # a deed done to a name
    ("A320 C-check at Prestwick", "on the A320 C-check at Prestwick"),
    ("reopening of Hotel Casa Bolívar in Cartagena",
     "on the reopening of Hotel Casa Bolívar in Cartagena"),
    ("PGDE at the University of Stirling", "in the PGDE at the University of Stirling"),
    ("the Glasgow schools STEM outreach week", "on the Glasgow schools STEM outreach week"),
    ("Smile Clinic Heliopolis", "at Smile Clinic Heliopolis"),
    ("form 3 chemistry at Kapsabet Boys", "in Form 3 chemistry at Kapsabet Boys"),
    ("COVID ward, Hospital das Clínicas", "in the COVID ward at Hospital das Clínicas"),
    ("master's thesis on microplastics in lake Mälaren",
     "on my master's thesis on microplastics in Lake Mälaren"),
    ("2017 earthquake coverage in Mexico city", "on the 2017 earthquake coverage in Mexico City"),
    ("medicine distribution for Kasese district health office",
     "on the medicine distribution for the Kasese District Health Office"),
    ("SVT Nyheter local desk, Malmö", "on the SVT Nyheter local desk in Malmö"),  # a city
    ("Stroke Unit, Charité", "in the Stroke Unit at Charité"),  # an institution
    ("fast-track area at Ochsner Baptist ER", "in the fast-track area at Ochsner Baptist ER"),
    ("Fjällbacka Software renewals push Q3 2023",
     "on the Fjällbacka Software renewals push in Q3 2023"),
    ("rewiring Grace Baptist fellowship hall", "on rewiring the Grace Baptist fellowship hall"),
]


@pytest.mark.parametrize("typed, on", READER_PROJECTS)
def test_projects_readers_seventy_seven_to_eighty_two_typed(typed, on):
    assert realise.project(typed).on == on


@pytest.mark.parametrize("typed", ["Ruta 40 widening, Mendoza section",
                                   "commercial property underwriting, Penang branch"])
def test_a_head_with_a_comma_after_it_is_no_crash(typed):
    """Reader 84: exit 70 on two ordinary projects (the head "widening," kept its comma)."""
    ctx = Context.from_dict({"recipient": "Ana Lima", "sender": "Tom Reyes", "project": typed,
                             "strengths": ["scheduling"], "relationship": "same-team"})
    for kind in ("request", "followup", "recommendation"):
        assert typed.split(",")[0].split()[-1] in compose(kind, ctx, 0)[0]


def test_what_readers_eighty_three_and_eighty_four_found():
    on = {typed: realise.project(typed).on for typed in (
        "setting up Siop Trwsio, a repair café in Aberystwyth", "Ysgol Gerdd Ceredigion",
        "Comedor Los Pibes, a soup kitchen in La Matanza", "Hackathon Santé Paris 2023",
        "motor underwriting at Allianz Malaysia", "M2 in Public Health at Université de Bordeaux",
        "Munich Hackathon for Climate 2023")}
    assert on == {
        "setting up Siop Trwsio, a repair café in Aberystwyth":
            "on setting up Siop Trwsio (a repair café in Aberystwyth)",
        "Ysgol Gerdd Ceredigion": "at Ysgol Gerdd Ceredigion",  # a school, in Welsh
        "Comedor Los Pibes, a soup kitchen in La Matanza":
            "at Comedor Los Pibes (a soup kitchen in La Matanza)",
        "Hackathon Santé Paris 2023": "at Hackathon Santé Paris 2023",
        "motor underwriting at Allianz Malaysia": "in motor underwriting at Allianz Malaysia",
        "M2 in Public Health at Université de Bordeaux":
            "in the M2 in Public Health at Université de Bordeaux",
        "Munich Hackathon for Climate 2023": "at the Munich Hackathon for Climate 2023"}
    assert realise.purpose("hospital administration").text == "my move into hospital administration"
    assert realise.fact_sentences(realise.facts("laid 60 km of road in 18 months"), "She", True,
                                  "the road rehabilitation") == [
        "The road rehabilitation laid 60 km of road in 18 months."]
    from llmdraft.names import greeting
    assert greeting("Mr. Ahmad Faizal bin Yusof", True) == "Mr. Ahmad Faizal"  # no surname
    assert greeting("Dr. Alun ap Rhys", True) == "Dr. ap Rhys"
    assert greeting("Dr. Mohammed bin Rashid Al-Farsi", True) == "Dr. Al-Farsi"


def test_what_reader_eighty_three_found():
    assert realise.strength("she said I handled VIP clients beautifully").item() == \
        "You said I handled VIP clients beautifully"  # she is the reader; never "I said you ..."
    assert realise.join(["Kotlin", "Jetpack Compose and GraphQL"]) == \
        "Kotlin, Jetpack Compose and GraphQL"
    assert realise.strength("ci/cd pipelines").item() == "CI/CD pipelines"
    assert realise.project("engineering capstone at uni of canterbury").on == \
        "on the engineering capstone at the University of Canterbury"
    assert realise.project("launching Tidewatch, our surf forecast app").on == \
        "on launching Tidewatch (our surf forecast app)"
    said = {typed: (p.form, p.text) for typed in ("school bursar", "a Big Four graduate programme",
                                                  "UNHCR") for p in [realise.purpose(typed)]}
    assert said == {"school bursar": ("target", "a school bursar role"),
                    "a Big Four graduate programme":
                        ("target", "a place on a Big Four graduate programme"),
                    "UNHCR": ("activity", "applying to UNHCR")}
    from llmdraft.names import greeting
    assert greeting("Prof. Maria do Céu Fonseca", True) == "Prof. Fonseca"
    founder = Context.from_dict({"recipient": "Carla Dias", "sender": "Ana Lima", "pronouns": "she",
                                 "project": "the timetabling rollout", "relationship": "vendor",
                                 "strengths": ["training teachers"],
                                 "recipient_role": "founder of an edtech consultancy"})
    for variant in range(6):
        assert "serves as the founder" not in compose("recommendation", founder, variant)[0]


def test_what_readers_eighty_five_and_eighty_six_found():
    about = {typed: realise.strength(typed).about("he", "his") for typed in (
        "trains field staff", "backs his staff", "trusted by both shifts")}
    assert about == {"trains field staff": ("clause", "he trains field staff"),  # never "his
                     "backs his staff": ("clause", "he backs his staff"),  # work on trains ..."
                     "trusted by both shifts": ("clause", "he was trusted by both shifts")}
    assert realise.strength("trusted by both shifts").mine() == "that I was trusted by both shifts"
    assert realise.strength("never loses her cool").item() == "I never lose my cool"
    assert [realise.strength(t).item() for t in ("power bi", "xgboost")] == ["Power BI", "XGBoost"]


def test_what_the_last_readers_left():
    """Readers 85 and 86's worst: a public 'applying to the BC Wildfire Service', 'the project
    where women's savings groups ...' and 'his work on trains field staff in Nepali'."""
    assert realise.project("women's savings groups in Dang district").on == \
        "on the women's savings groups in Dang district"
    assert realise.strength("trains field staff in Nepali and Tharu").about("he", "his") == \
        ("clause", "he trains field staff in Nepali and Tharu")
    ctx = Context.from_dict({"recipient": "Kira Ross", "sender": "Ana Lima", "project": "wildfire "
                             "mapping", "strengths": ["GIS mapping"], "relationship": "same-team",
                             "purpose": "BC Wildfire Service"})
    for variant in range(6):
        assert "Wildfire Service" not in compose("recommendation", ctx, variant)[0]


def test_a_deed_backs_the_strength_it_does_and_an_event_keeps_its_article():
    """"mentored 3 new hires" is evidence of "mentoring junior engineers" (the same verb), said
    after it; "migration finished two weeks early" is "The migration ..."; a measure stays bare."""
    ctx = Context.from_dict({"recipient": "Priya Nair", "sender": "Tom Walsh", "pronouns": "she",
                             "project": "the payments platform migration",
                             "relationship": "managed-you",
                             "strengths": ["mentoring junior engineers", "writing clear design docs"],
                             "details": "mentored 3 new hires; migration finished two weeks early"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert message.index("mentoring junior engineers") < message.index("mentored 3 new hires") \
            < message.index("writing clear design docs") < message.index("The migration"), message
    said = [realise.fact_sentences(realise.facts(t), "She", third=True)[0] for t in (
        "rollout completed in March", "attrition reduced by 12%", "construction finished in May")]
    assert said == ["The rollout was completed in March.", "Attrition was reduced by 12%.",
                    "Construction finished in May."]


def test_what_readers_eighty_seven_and_eighty_eight_found():
    """A promotion case is what the recommendation goes into, never 'applying for a promotion
    case'; 'internal promotion' is one; texted short forms are spelt out; a measure 'reduced
    11%' was reduced by 11%; a telegram is listed, not said."""
    assert (realise.purpose("promotion case").form, realise.purpose("promotion case").text) == \
        ("goal", "my promotion case")
    assert realise.purpose("internal promotion").text == "an internal promotion"
    assert realise.purpose("senior nurse promotion").text == "a promotion to senior nurse"
    assert realise.notes("avg basket up 8%; patient w beginners; answered 40 msgs a day") == \
        ["Average basket up 8%", "Patient with beginners", "Answered 40 messages a day"]
    assert realise.fact_sentences(realise.facts("crane cycle time reduced 11%")) == \
        ["Crane cycle time was reduced by 11%."]
    assert [f.terse() for f in realise.facts("won state competition; cut costs by 20%; "
                                             "detected outbreak 9 days earlier than previous "
                                             "system; finished on time")] == [False] * 4
    assert realise.facts("detected outbreak 9 days earlier than previous system")[0].text == \
        "detected the outbreak 9 days earlier than the previous system"  # both articles back
    assert realise.fact_sentences(realise.facts("won state competition"), "He", third=True) == \
        ["He won the state competition."]  # a telegram whose object lacked only its article
    ctx = Context.from_dict({**BASE, "details": "detected outbreak 9 days earlier than previous "
                             "system", "purpose": "promotion case"})
    for variant in range(6):
        message = compose("request", ctx, variant)[0]
        assert "I detected the outbreak 9 days earlier than the previous system." in message \
                and "for a promotion case" not in message, message


def test_a_recommendation_backs_them_for_a_post_without_saying_they_are_applying():
    """Readers 87 and 88 missed the purpose in recommendations: a post is the writer's view of
    the fit ("I would back Sara for a theatre manager role"), never "Sara is applying for ..."
    on a profile her employer reads; a bare hunt ("new job") stays out."""
    def said(purpose):
        ctx = Context.from_dict({"recipient": "Sara Lind", "sender": "Tom Walsh", "pronouns": "she",
                                 "project": "the spring season", "strengths": ["stage management"],
                                 "relationship": "managed-you", "purpose": purpose})
        return [compose("recommendation", ctx, v)[0] for v in range(6)]
    for message in said("applying for a theatre manager role"):
        assert "a theatre manager role" in message and "applying" not in message, message
    assert all("compliance director roles" in m or "suited to a compliance director role" in m
               or "do well in a compliance director role" in m
               for m in said("compliance director roles"))  # "well suited to" one post
    for purpose in ("new job", "job search", "looking for my next role", "applying to Google"):
        for message in said(purpose):
            assert not re.search(r"(?i)\bjob\b|next role|Google|applying", message), message


@pytest.mark.parametrize("typed, item, about", [
    ("he trusted me with the consumer units", "You trusted me with the consumer units",
     "he trusted me with the consumer units"),  # reader 87: never "I trusted you"
    ("she pushed me to rewrite my methods chapter", "You pushed me to rewrite my methods chapter",
     "she pushed me to rewrite my methods chapter"),  # reader 90
    ("I relied on his judgment", "I relied on your judgment", "I relied on his judgment"),  # 89
    ("she is the best charge nurse I've worked with",  # a colleague's praise, quoted
     "I am the best charge nurse you've worked with", "she is the best charge nurse I've worked with"),
    ("she never missed a deadline", "I never missed a deadline", "she never missed a deadline"),
])
def test_a_strength_of_two_parties_keeps_who_did_what(typed, item, about):
    assert realise.strength(typed).item() == item
    assert realise.strength(typed).about("she", "her") == ("clause", about)


def test_what_readers_eighty_nine_and_ninety_found():
    shapes = {t: realise.strength(t).about("she", "her") for t in (
        "confidentiality", "honest pricing", "business continuity")}
    assert shapes == {"confidentiality": ("in", "confidentiality"),  # never "her work on ..."
                      "honest pricing": ("own", "her honest pricing"),  # never "good at" it
                      "business continuity": ("in", "business continuity")}
    said = {t: realise.fact_sentences(realise.facts(t), "He", third=True) for t in (
        "missed collections halved", "Gas Safe registered", "pathway adopted trust-wide",
        "1,400 clashes resolved before construction")}
    assert said == {"missed collections halved": ["Missed collections halved."],
                    "Gas Safe registered": [],  # a credential: a note, listed as typed
                    "pathway adopted trust-wide": ["The pathway was adopted trust-wide."],
                    "1,400 clashes resolved before construction":
                        ["1,400 clashes were resolved before construction."]}


def test_what_reader_ninety_found():
    """'I wrote the R01 resubmission with her' is said to her as 'with you'; 'his coursework ...
    was outstanding' is a clause; 'rejected lot saved $120,000' is the lot's; a teacher's own
    seminar stays the teacher's; no 'without reservation' or 'a pleasure' twice."""
    assert realise.strength("I wrote the R01 resubmission with her").item() == \
        "I wrote the R01 resubmission with you"
    assert realise.strength("his coursework on the Biafran war was outstanding").about("he", "his") \
        == ("clause", "his coursework on the Biafran war was outstanding")
    assert realise.fact_sentences(realise.facts("rejected lot saved an estimated $120,000"), "He",
                                  third=True) == ["The rejected lot saved an estimated $120,000."]
    teacher = {"recipient": "Lucía Gómez", "sender": "Tom Walsh", "strengths": ["statistics"],
               "relationship": "teacher", "pronouns": "she"}
    seminar = compose("recommendation", Context.from_dict(
        {**teacher, "project": "my Research Methods seminar"}), 0)[0]
    thesis = compose("recommendation", Context.from_dict(
        {**teacher, "project": "my Master's thesis on tides"}), 0)[0]
    assert "in my Research Methods seminar" in seminar and "her Master's thesis" in thesis
    for relationship in ("managed-you", "same-team", "client", "advisor", "reported-to-you"):
        for variant in range(6):
            message = compose("recommendation", Context.from_dict(
                {**teacher, "project": "the clinic rebuild", "relationship": relationship}),
                variant)[0]
            for word in ("reservation", "pleasure", "respect"):
                assert message.count(word) <= 1, message


def test_one_note_is_a_count_said_as_there_was_and_a_name_keeps_its_s():
    """Reader 89: a list of one under "One more specific:" reads as a form, and reader 91: an
    aside in brackets glued to the opening; one count is what there was. "Hawke's Bay" and
    "Children's Hospital" are names: the project takes its article."""
    ctx = Context.from_dict({"recipient": "Mere Ngata", "sender": "Ana Lima", "pronouns": "she",
                             "relationship": "different-teams", "strengths": ["curation"],
                             "project": "the Te Papa navigation exhibition",
                             "details": "240,000 visitors"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "The Te Papa navigation exhibition drew 240,000 visitors." in message, message
        assert "\n- " not in message and "(" not in message, message
    assert realise.project("Hawke's Bay orchard recovery after Cyclone Gabrielle").on == \
        "on the Hawke's Bay orchard recovery after Cyclone Gabrielle"
    assert realise.project("the firm's GDPR compliance review").on == \
        "on the firm's GDPR compliance review"


@pytest.mark.parametrize("kind", ["request", "followup"])
def test_a_deadline_is_said_as_timing_never_as_a_detail_to_use(kind):
    """Reader 89: "One example you could use: the interview is next Thursday." offers a date as
    content; it is said as timing, after the specifics, as typed."""
    ctx = Context.from_dict({**BASE, "details": "my review panel meets on 14 March; trained 40 "
                             "nurses; 3 audits passed", "relationship": "managed-you"})
    for variant in range(6):
        message = compose(kind, ctx, variant)[0]
        assert "My review panel meets on 14 March." in message, message
        assert "- Trained 40 nurses" in message and "- My review panel" not in message, message


def _recommendations(**fields) -> list[str]:
    """The six variants of a recommendation drafted from `fields`."""
    ctx = Context.from_dict(fields)
    return [compose("recommendation", ctx, variant)[0] for variant in range(6)]


@pytest.mark.parametrize("relationship", ["managed-you", "reported-to-you", "senior-to-you",
                                          "junior-to-you", "same-team", "client", "vendor", "teacher",
                                          "advisor", "classmate", "different-teams", "different-companies"])
def test_a_distant_recommender_never_claims_a_close_view(relationship):
    """Nor, in public, says anything of the distance nobody typed (readers 181-183: "I saw all
    of this first-hand as her manager. Our paths crossed only now and then", "Our contact was
    occasional"); the ending is the vantage, one takeaway and the close (a second view only
    below word_count's floor)."""
    for message in _recommendations(recipient="Ama Owusu", sender="Tom Walsh", closeness="distant",
                                    project="the clinic rebuild", strengths=["scheduling"],
                                    relationship=relationship):
        assert not re.search(r"(?i)\bclose|directly", message), message
        assert not re.search(r"(?i)now and then|every day|occasional|from time to time|paths crossed|"
                             r"at some distance|working relationship|not in touch", message), message
        assert len(re.findall(r"[.!?](?:\s|$)", message.split("\n\n")[-1])) <= 4, message


def test_a_purpose_that_says_when_is_timing_and_a_post_is_backed_without_the_hunt():
    """Reader 91: "I'm asking with interview is on Thursday ... in mind"; reader 92: "I would
    recommend Amina for applying to UN P3 positions"."""
    ctx = Context.from_dict({**BASE, "purpose": "applying for a deputy manager role; the "
                             "deadline is the 20th"})
    for variant in range(6):
        message = compose("followup", ctx, variant)[0]
        assert "My deadline is the 20th." in message, message
        assert "deputy manager role" in message and "role; the" not in message, message
    ctx = Context.from_dict({**BASE, "purpose": "interview is on Thursday"})
    assert "My interview is on Thursday." in compose("request", ctx, 0)[0]
    for typed, said in (("grant application - due March 1", "My application is due March 1."),
                        ("applying to the LSHTM MSc (deadline 15 January)", "My deadline is 15 January."),
                        ("promotion case due end of quarter", "My promotion case is due at the end of the quarter.")):
        message = compose("request", Context.from_dict({**BASE, "purpose": typed}), 0)[0]
        assert said in message and "On timing" not in message, message  # reader 94
    rec = Context.from_dict({**BASE, "purpose": "applying to UN P3 positions"})
    for variant in range(6):
        message = compose("recommendation", rec, variant)[0]
        assert ("UN P3 positions" in message or "a UN P3 role" in message) \
            and "applying" not in message, message


def test_what_reader_ninety_two_found():
    from llmdraft.names import public_name
    assert [public_name(n) for n in ("Sir Richard Hale", "Fr. Tomás Ruiz", "Dr. Ana Ruiz")] == \
        ["Sir Richard", "Fr. Ruiz", "Ana"]  # a knight and a priest keep the honour in public
    assert realise.project("Warsaw Uprising Museum's digital archive").on == \
        "on the Warsaw Uprising Museum's digital archive"
    assert realise.project("Kyoto University's seismology lab").on == \
        "at Kyoto University's seismology lab"
    assert realise.project("our Austin landscaping business").on == "at our Austin landscaping business"
    said = [realise.fact_sentences(realise.facts(t), "He", third=True)[0] for t in (
        "register went live in 2021", "deaths down sharply compared to 2015")]
    assert said == ["The register went live in 2021.", "Deaths went down sharply compared to 2015."]


def test_what_reader_ninety_one_found():
    assert realise.fact_sentences(realise.facts("wrote the training manual now used in all "
                                                "stores"), "He", third=True) == \
        ["He wrote the training manual now used in all stores."]  # never "... is now used"
    assert [realise.project(p).on for p in ("Year 6", "grade 3", "the Rotorua eco-lodge")] == \
        ["in Year 6", "in Grade 3", "at the Rotorua eco-lodge"]
    ctx = Context.from_dict({**BASE, "purpose": "moving to a role at the World Bank"})
    for variant in range(6):
        assert "do well in moving" not in compose("recommendation", ctx, variant)[0]


def test_what_readers_ninety_three_and_ninety_four_found():
    forms = {t: realise.strength(t).form for t in ("programme design", "call data analysis",
                                                   "call centre", "train new staff")}
    assert forms == {"programme design": "noun", "call data analysis": "noun",  # never "programming
                     "call centre": "noun", "train new staff": "verb"}  # design", "calling centre"
    for typed in ("reading scores rose 20%", "yield improved by 4 points"):
        assert realise.strength(typed).about("she", "her") == ("clause", typed)  # never "very good
        #                                                       at reading scores rose 20%"
    assert realise.strength("Socratic teaching").about("she", "her") == ("at", "Socratic teaching")
    assert realise.strength("I couldn't have closed the round without him").about("he", "his") == \
        ("clause", "I couldn't have closed the round without him")
    assert realise.fact_sentences(realise.facts("120 recommendations, 80 adopted")) == \
        ["80 of the 120 recommendations were adopted."]


def test_what_reader_ninety_three_found():
    assert realise.purpose("second mate to chief mate promotion").text == \
        "a promotion from second mate to chief mate"
    assert realise.notes("31 days -> 24 days") == ["From 31 days to 24 days"]
    assert realise.fact_sentences(realise.facts("95k screened")) == ["95k were screened."]
    base = {"recipient": "Magda Nowak", "sender": "Tom Walsh", "project": "the clinic rebuild",
            "strengths": ["scheduling"], "relationship": "managed-you", "pronouns": "she"}
    for variant in range(6):
        case = compose("recommendation", Context.from_dict({**base, "purpose": "promotion case"}),
                       variant)[0]
        assert re.search(r"I would (?:back|recommend) (?:Magda|her) for a promotion", case), case
        scope = compose("recommendation", Context.from_dict({**base, "details": "8 villages"}),
                        variant)[0]
        assert "The work covered 8 villages." in scope, scope
        rate = compose("recommendation", Context.from_dict({**base, "details": "3,000 cartons a day"}),
                       variant)[0]
        assert "There were 3,000" not in rate and "The work handled 3,000 cartons a day." in rate, rate


def test_a_writers_own_detail_keeps_its_i():
    """Reader 95: "She relied on her for the weekly exec dashboard", "They reported to Gustavo"
    turned the writer's "I" into the person; and "There were 340 farming families now sell
    ..." put a clause in a count's frame."""
    ctx = Context.from_dict({"recipient": "Gustavo Silva", "sender": "Tom Walsh", "pronouns": "he",
                             "project": "the data platform", "relationship": "reported-to-you",
                             "strengths": ["dashboards", "stakeholder management"],
                             "details": "I relied on him for the weekly exec dashboard; I reported "
                                        "to Gustavo for 18 months"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        assert "I relied on him for the weekly exec dashboard." in message, message
        assert "I reported to Gustavo for 18 months." in message, message
    co_op = compose("recommendation", Context.from_dict(
        {**BASE, "details": "340 farming families now sell through the co-op"}), 0)[0]
    assert "There were 340" not in co_op and "340 farming families now sell" in co_op, co_op


def test_what_reader_ninety_six_found():
    """"I engaged Zoe at the Zoe's Pilates studio" (the 's is Zoe's own, not a name's), "What he
    did best was leading work" (roofing lead work), "relaying strategy"."""
    from llmdraft.names import to_reader
    assert realise.project("Zoe's Pilates studio").on == "at Zoe's Pilates studio"
    assert to_reader("at Zoe's Pilates studio", "Zoe Hart") == "at your Pilates studio"
    assert to_reader("on Emeka's Kitchen rebrand", "Emeka Obi") == "on Emeka's Kitchen rebrand"
    ctx = Context.from_dict({"recipient": "Zoe Hart", "sender": "Tom Walsh", "pronouns": "she",
                             "project": "Zoe's Pilates studio", "strengths": ["class planning"],
                             "relationship": "client"})
    assert "at her Pilates studio" in compose("recommendation", ctx, 0)[0]
    assert [realise.strength(t).form for t in ("lead work", "relay strategy")] == ["noun", "noun"]


def test_what_readers_ninety_seven_and_ninety_eight_found():
    said = {t: realise.fact_sentences(realise.facts(t), "He", third=True) for t in (
        "doubled volunteer base to 400", "failed deliveries down from 9% to 3%",
        "was chief resident from 2023 to 2024")}
    assert said == {"doubled volunteer base to 400": ["He doubled the volunteer base to 400."],
                    "failed deliveries down from 9% to 3%":
                        ["Failed deliveries went down from 9% to 3%."],  # never "He failed ..."
                    "was chief resident from 2023 to 2024":
                        ["He was chief resident from 2023 to 2024."]}  # a role takes no article
    assert [f.terse() for f in realise.facts("1,400 homes to be connected; trolley counts went "
                                             "down 35% winter on winter")] == [True, False]
    assert [realise.project(p).on for p in ("HIST 410 seminar", "CS 6140 machine learning")] == \
        ["in the HIST 410 seminar", "in CS 6140 (Machine Learning)"]  # a format is no title
    ctx = Context.from_dict({**BASE, "relationship": "vendor", "project": "our cloud cost review"})
    for variant in range(6):
        assert "project like" not in compose("recommendation", ctx, variant)[0]


def test_what_readers_ninety_nine_and_a_hundred_found():
    from llmdraft.names import greeting
    assert realise.purpose("chartership application") == \
        realise.Purpose("goal", "my chartership application")  # never "applying for ..."
    assert [greeting(n, True) for n in ("Judge (ret.) Miriam Cohen",
                                        "Lt. Col. (Ret.) James Whitfield")] == \
        ["Judge Cohen", "Lt. Col. Whitfield"]  # retired is no title: never "Judge Ret. Cohen"
    ctx = Context.from_dict({**BASE, "purpose": "my application to Ubisoft"})
    for variant in range(6):
        assert "Ubisoft" not in compose("recommendation", ctx, variant)[0]  # a job hunt
    opera = compose("recommendation", Context.from_dict(
        {**BASE, "details": "2 of her apprentices now work at the Paris Opéra"}), 0)[0]
    assert "There were 2" not in opera, opera


def test_what_readers_a_hundred_to_a_hundred_and_two_found():
    """The writer's own "I" in a recommendation ("I finished in 3.5 years", "I'd hire him again
    tomorrow", "I never had to worry about the cues") stays the writer's; facts said with the
    right doer ("The hospital kitchen passed 3 inspections", "She raised $12M", "The Afrobeats
    documentary won Best Documentary"); a field typed as a strength is no "strength was"; the
    closing names the person once."""
    ctx = Context.from_dict({**BASE, "pronouns": "he", "relationship": "junior-to-you",
                             "strengths": ["rigorous feedback", "I never had to worry about "
                                           "deadlines"],
                             "details": "I finished in 3.5 years; I'd hire him again tomorrow; "
                                        "3 papers published together"})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        for said in ("I finished in 3.5 years.", "I'd hire him again tomorrow.",
                     "I never had to worry about deadlines", "We published 3 papers together."):
            assert said in message, message
        ending = message.split("\n\n")[-1]
        assert ending.count("Dana") <= 1, ending  # "I would gladly work with him again", once
    assert realise.strength("I kept the ward calm").about("she", "her") == \
        ("clause", "she kept the ward calm")  # a requester's own deed is still theirs

    def said(details: str, project: str) -> list[str]:
        return realise.fact_sentences(realise.facts(details), "She", True,
                                      realise.project(project).np)
    assert said("passed 3 inspections with top marks", "hospital kitchen food safety") == \
        ["The hospital kitchen passed 3 inspections with top marks."]
    assert said("raised $12M", "our Series A fundraise") == ["She raised $12M."]
    assert said("won best documentary at Lagos Film Fest", "Afrobeats documentary") == \
        ["The Afrobeats documentary won Best Documentary at Lagos Film Fest."]
    assert said("reopened in 5 months", "Maui resort reopening after the fires") == \
        ["The Maui resort reopened in 5 months."]
    assert said("mentored 25 teenagers; 19 went on to college", "the youth scheme") == \
        ["She mentored 25 teenagers.", "19 of the 25 teenagers went on to college."]
    assert [f.text for f in realise.facts(
        "mentored 3 interns, all got return offers; sold out first batch in 9 days; 2.3m views "
        "in first month; delivered policy pack 2 weeks early; cut waste 30%; 140 students on "
        "scholarship; not one started late; reached 5,000 patients in year one")] == [
        "mentored 3 interns, and all got return offers", "sold out the first batch in 9 days",
        "2.3 million views in the first month", "delivered the policy pack 2 weeks early",
        "cut waste by 30%", "140 students on scholarship", "not one started late",
        "reached 5,000 patients in year one"]
    assert realise.project("ward 7 infection control").np == "the ward 7 infection control project"
    assert realise.project("Amazon reforestation NGO").on == "at the Amazon reforestation NGO"
    assert realise.strength("fitness data").about("she", "her") == ("own", "her work with fitness data")
    fields = compose("recommendation", Context.from_dict(
        {**BASE, "strengths": ["medium voltage switchgear", "client trust"]}), 0)[0]
    assert "strengths was" not in fields and "when it came to" in fields.lower(), fields


def test_what_readers_a_hundred_and_three_and_four_found():
    """A single note in a recommendation is a sentence, never a list of one; facts typed as
    headlines keep their doer and their verb; strengths typed as what others think are said
    whole; typed courtesy titles are kept; timing notes are sentences."""
    from llmdraft.compose.common import _on_timing
    from llmdraft.names import greeting
    for details in ("sold-out final show", "top grade in her year", "A 92% success rate"):
        message = compose("recommendation", Context.from_dict({**BASE, "details": details}), 0)[0]
        assert "\n- " not in message and ":\n" not in message, message
    listed = compose("recommendation", Context.from_dict({**BASE, "details": "4 firms, 9 months"}),
                     0)[0]
    assert "The work involved 4 firms over 9 months." in listed, listed  # a count and how long,
    #   one sentence: never "had 4 firms", never a list of one
    said = {d: [(f.text, f.form) for f in realise.as_typed(realise.facts(d), d)] for d in (
        "Prices paid to farmers rose 30%", "Fraud cases fell by half", "Reports always on time",
        "app downloaded 200,000 times", "zero quality escalations",
        "homes designed to withstand 2 m flooding", "1,100 adults learned to read")}
    assert said == {
        "Prices paid to farmers rose 30%": [("Prices paid to farmers rose 30%", "clause")],
        "Fraud cases fell by half": [("Fraud cases fell by half", "clause")],
        "Reports always on time": [("Reports were always on time", "clause")],
        "app downloaded 200,000 times": [("app was downloaded 200,000 times", "clause")],
        "zero quality escalations": [("zero quality escalations", "noun")],
        "homes designed to withstand 2 m flooding": [
            ("homes were designed to withstand 2 m flooding", "clause")],
        "1,100 adults learned to read": [("1,100 adults learned to read", "clause")]}
    thing = realise.project("Milan Design Week installation").np
    assert realise.fact_sentences(realise.facts("installation drew 15,000 visitors; featured in "
                                                "Dezeen"), "She", True, thing) == [
        "The installation drew 15,000 visitors.",
        "The installation was featured in Dezeen."]  # never "She was featured"
    assert realise.fact_sentences(realise.facts("listed in 220 dm stores"), "I", False,
                                  realise.project("K-beauty launch in Germany").np) == \
        ["We were listed in 220 dm stores."]
    assert [f.text for f in realise.facts("worked together 2019-2023, about 60 jobs; 2019 season")] \
        == ["we worked together from 2019 to 2023, about 60 jobs", "2019 season"]
    assert [realise.strength(t).form for t in ("everyone trusts him", "the kids love her",
                                               "staff training", "teams of four")] == \
        ["clause", "clause", "noun", "noun"]
    trained = compose("recommendation", Context.from_dict(
        {**BASE, "pronouns": "she", "strengths": ["training farmers"],
         "details": "300 farmers trained"}), 0)[0]
    assert "She trained 300 farmers." in trained, trained
    assert realise.project("GMAT prep").on == "in GMAT prep"
    assert realise.project("food bank at St. Mark's").on == "at the food bank at St. Mark's"
    assert realise.project("retrofitting council housing").on == "on retrofitting council housing"
    assert greeting("Sr. Joaquín Herrera", False) == "Sr. Herrera"
    ctx = Context.from_dict(BASE)
    assert [_on_timing(n, ctx) for n in ("charge nurse application closes Friday",
                                         "fellowship deadline on the 30th")] == [
        "My charge nurse application closes Friday.", "My fellowship deadline is on the 30th."]
    ugc = compose("recommendation", Context.from_dict(
        {**BASE, "purpose": "her UN P2 application"}), 0)[0]
    assert "P2" not in ugc, ugc  # a job application is never on a public profile


def test_what_readers_a_hundred_and_seven_and_eight_found():
    """Articles mended only where a sentence needs them; a publication is the person's work;
    a launch's count is the place's; family-name-first names with a title; a nickname's
    formal name in brackets; no "a her term paper"."""
    from llmdraft.names import greeting, public_name
    assert [f.text for f in realise.facts(
        "promoted from line cook to chef de partie in 14 months; flagged 4 for urgent repair; "
        "placed 2nd at state; managed €1.2m budget; all passed their exams first try")] == [
        "was promoted from line cook to chef de partie in 14 months", "flagged 4 for urgent repair",
        "placed 2nd at state", "managed a €1.2m budget", "all passed their exams on the first try"]
    assert realise.fact_sentences(realise.facts("published in Neuron in 2023"), "She", True,
                                  realise.project("my neuroscience lab").np) == \
        ["Her work was published in Neuron in 2023."]
    assert realise.fact_sentences(realise.facts("reached 200 members"), "She", True,
                                  realise.project("Stockholm co-working space launch").np) == \
        ["The Stockholm co-working space reached 200 members."]
    assert [greeting("Dr. Kim Min-seo", True), public_name("Dr. Kim Min-seo")] == \
        ["Dr. Kim", "Min-seo"]
    assert [public_name(n) for n in ("Jake (Jacob) Müller", "Robert (Bob) Jones")] == ["Jake", "Bob"]
    assert realise.project("Prague string quartet").on == "in the Prague string quartet"
    paper = compose("recommendation", Context.from_dict(
        {**BASE, "pronouns": "she", "details": "her term paper on housing subsidies"}), 0)[0]
    assert "a her" not in paper, paper


def test_what_readers_a_hundred_and_nine_and_ten_found():
    """A result whose verb is a strength of theirs is theirs; a part of a count said of the
    count; a contract's worth; a pop-up sells out, a product is tested in schools; a patient
    rapport is a rapport with patients; the person's own name before a strength is theirs."""
    raised = compose("recommendation", Context.from_dict(
        {**BASE, "pronouns": "she", "project": "Dakar maternal health NGO",
         "strengths": ["fundraising"], "details": "raised $1.2M from 5 donors"}), 0)[0]
    assert "For example, she raised $1.2M from 5 donors." in raised, raised  # under the strength it shows
    asked = compose("request", Context.from_dict(
        {**BASE, "project": "Atlanta youth basketball league", "strengths": ["fundraising"],
         "details": "raised $18k for uniforms and gym rental"}), 0)[0]
    assert "I raised $18k for uniforms and gym rental." in asked, asked
    typed = "taught 240 girls; 70% completed; contract worth €40m"
    assert realise.fact_sentences(realise.as_typed(realise.facts(typed), typed), "She", True,
                                  "the bootcamp") == [
        "She taught 240 girls.", "70% of the 240 girls completed.", "The contract was worth €40m."]
    assert realise.fact_sentences(realise.facts("sold out in 2 days"), "She", True,
                                  "the Lagos fashion pop-up") == \
        ["The Lagos fashion pop-up sold out in 2 days."]
    assert realise.fact_sentences(realise.facts("tested in 12 schools"), "They", True,
                                  "the kura app") == ["The kura app was tested in 12 schools."]
    assert realise.strength("patient rapport").about("she", "her") == \
        ("own", "her rapport with patients")
    eye = compose("recommendation", Context.from_dict(
        {**BASE, "recipient": "Isla Grant", "pronouns": "she",
         "strengths": ["distillation", "Isla's eye for health & safety"]}), 0)[0]
    assert "Isla's eye" not in eye and "her eye for health & safety" in eye, eye
    assert realise.purpose("new business").text == "winning new business"


def test_what_readers_a_hundred_and_eleven_and_twelve_found():
    """Growth to a count of things is the work's; a unit delivers babies; an activity takes no
    article; "fell to zero"; "with 68%"; two given names keep both capitals; a close friend who
    is a reverend is greeted by name, never "Rev. Samuel"."""
    from llmdraft.names import greeting, public_name

    def said(details: str) -> list[str]:
        return realise.fact_sentences(realise.as_typed(realise.facts(details), details), "She",
                                      True, "the Lagos label")
    assert said("grew from 2 to 14 tailors") == ["The Lagos label grew from 2 to 14 tailors."]
    assert said("unit delivered 3,000 babies a year") == ["The unit delivered 3,000 babies a year."]
    assert said("rough sleeping down 35% in 2 years") == ["Rough sleeping went down 35% in 2 years."]
    assert said("maternal deaths fell to zero in 2021") == ["Maternal deaths fell to zero in 2021."]
    assert said("won recognition vote 68%") == ["She won the recognition vote with 68%."]
    assert said("EHCP reviews all completed on time") == ["EHCP reviews were all completed on time."]
    assert [public_name("emma-louise hart"), public_name("huang jia-hao")] == ["Emma-Louise", "Jia-hao"]
    assert greeting("Rev. Samuel Mensah", False, close=True) == "Samuel"
    assert realise.purpose("career change into renewables").text == "a career change into renewables"


def test_the_offline_composer_trips_no_error_on_readers_one_hundred_and_nine_and_eleven():
    """Two error checks the composer itself failed, found by drafting readers 87 to 112's
    2,586 contexts through llmdraft's own checks: a second detail typed after a full stop in
    lower case ("... farmers. payment delays went ...") began a sentence in lower case, and
    "last yr" said "last year" was a date the context did not give."""
    for extra in ({"details": "app now used by 2,300 farmers. payment delays went from 3 weeks "
                              "to 2 days"},
                  {"kind": "recommendation", "details": "sold 4k bottles in shop last yr"}):
        fields = dict(extra)
        kind = fields.pop("kind", "request")
        message, failed = _errors(kind, Context.from_dict({**BASE, **fields}))
        assert not failed, (failed, message)
    assert [f.text for f in realise.facts("worked nights. some weekends too")] == \
        ["worked nights", "some weekends too"]


def test_a_measure_named_by_a_verb_and_the_writers_tie_to_the_person():
    """"churn 9% -> 4%" is a change of churn, said as a sentence (no list of one: "churn" is a
    verb's base, and so is "ad spend"'s last word); "I supervised her for 2 years" is how the
    writer knew the person, said after the opening, not after an unrelated strength."""
    def said(details: str) -> list[str]:
        return realise.fact_sentences(realise.as_typed(realise.facts(details), details), "She",
                                      True, "the launch")
    assert said("churn 9% -> 4%") == ["Churn went from 9% to 4%."]
    assert said("ad spend from $40k to $25k") == ["Ad spend went from $40k to $25k."]
    assert said("reduce churn from 9% to 4%") != ["Reduce churn went from 9% to 4%."]
    ctx = Context.from_dict({**BASE, "strengths": ["hiring", "negotiating leases"],
                             "relationship": "managed-you", "pronouns": "she",
                             "channel": "recommendation",
                             "details": "hired 14 people in 3 months; I supervised her for 2 years"})
    message, failed = _errors("recommendation", ctx)
    assert not failed, (failed, message)
    first = message.split("\n\n")[0]
    assert first.split(". ")[0] == "For 2 years, Sam worked for me on the Atlas migration", message
    #   the opening says the rest (reader 123), and the 2 years are the tie's, never the
    #   migration's ("... on the Atlas migration for 2 years", reader 144)


def test_places_and_acronyms_typed_in_lower_case():
    """Reader 114 typed places and acronyms in lower case: a city of any size the tagger never
    saw is a name (GeoNames, built into the lexicon), a place of several words too ("cape
    town"); a short word with no vowel no dictionary has is an acronym ("pcr"), a few with vowels
    are listed ("mep", "eu"); a language keeps its capital in a pair ("vietnamese-english")."""
    assert realise.project("the karachi flood relief distribution").np == \
        "the Karachi flood relief distribution"
    assert realise.project("the cape town wine export push").np == "the Cape Town wine export push"
    assert realise.project("the lagos-ibadan rail survey").np == "the Lagos-Ibadan rail survey"
    assert realise.project("the kathmandu valley water survey").np == "the Kathmandu Valley water survey"
    assert [f.text for f in realise.facts("opened 2 clinics in sao paulo")] == \
        ["opened 2 clinics in Sao Paulo"]
    assert [f.text for f in realise.facts("a long beach walk every week")] == \
        ["a long beach walk every week"]  # common words: no city named
    assert [f.text for f in realise.facts("grew eu sales 40%")] == ["grew EU sales by 40%"]
    assert realise.strength("pcr").mine() == "my PCR skills"
    assert realise.strength("mep coordination").mine() == "my MEP coordination skills"
    assert realise.strength("vietnamese-english interpreting").mine() == \
        "my Vietnamese-English interpreting skills"
    assert realise.strength("embedded c").mine() == "my embedded C skills"
    assert realise.strength("te reo māori").mine() == "my te reo Māori skills"
    assert realise.strength("raised KSh 14M").mine() == "how I raised KSh 14M"  # typed capitals
    assert [f.text for f in realise.facts("listed in 220 dm stores")][0].endswith("dm stores")


def test_what_readers_a_hundred_and_thirteen_and_fourteen_found():
    """A strength typed as a result is said as one ("on-time delivery 82% -> 97%"), a clause
    with someone else as its subject as a clause, a habit as a habit; the writer's own notes
    ("co-taught with her", "mgr for 4 yrs") are the writer's and join the opening; telegrams get
    their "from", "for" and "the"; short forms are spelt out; a ward's name takes no article."""
    def said(details: str) -> list[str]:
        return realise.fact_sentences(realise.as_typed(realise.facts(details), details), "She",
                                      True, "the launch")
    assert said("roll grew 45 to 120") == ["The roll grew from 45 to 120."]
    assert said("viral suppression 62% to 89%") == ["Viral suppression went from 62% to 89%."]
    assert said("avg ticket time 3d->6h") == ["Average ticket time went from 3 days to 6 hours."]
    assert said("ran demo day 3 years") == ["She ran demo day for 3 years."]
    assert said("opened 3 sites in 18 mo") == ["She opened 3 sites in 18 months."]
    assert [f.text for f in realise.facts("200+ casualties triaged in first 48h")] == \
        ["200+ casualties were triaged in the first 48 hours"]
    assert [f.text for f in realise.facts("14 screening days; approx. 2,300 people screened")] \
        == ["14 screening days", "about 2,300 people were screened"]  # never a bullet "About"
    assert [f.text for f in realise.facts("average install 6 weeks; ages 3 to 5")] == \
        ["average install 6 weeks", "ages 3 to 5"]  # a measure and a range, not a deed or change
    assert [f.text for f in realise.facts("~180 students/term; TA for 2 semesters")] == \
        ["about 180 students a term", "was a TA for 2 semesters"]
    assert [f.text for f in realise.facts("3 winters")] == ["spanned 3 winters"]
    assert realise.strength("churn 9% -> 4%").form == "noun"  # never "Churning 9% -> 4%"
    assert realise.strength("players always came to him first").form == "clause"
    assert realise.strength("the team trusted her").form == "clause"
    assert realise.strength("ships on time").about("she", "her") == ("clause", "she ships on time")
    assert realise.project("ward 7B's fall-prevention pilot").on == "on Ward 7B's fall-prevention pilot"
    rec = {**BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": "he",
           "strengths": ["last-mile routing", "on-time delivery 82% -> 97%", "zero LTIs in 400k "
                         "man-hours", "280 covers a night"],
           "details": "mgr for 4 yrs; co-taught with him for a year"}
    message, failed = _errors("recommendation", Context.from_dict(rec))
    assert not failed, (failed, message)
    assert "on-time delivery went from 82% to 97%." in message.lower()
    assert "The work had zero LTIs in 400k man-hours" in message or \
        "the work had zero LTIs in 400k man-hours" in message, message
    assert "he handled 280 covers a night" in message.lower()
    assert message.split(". ")[0].startswith("For 4 years, "), message  # "I managed Sam on ... for
    #   4 years", never "..., and I was his manager for 4 years" (reader 123)
    assert "I co-taught with him for a year" in message
    assert "when it came to" not in message.split("routing")[1], message  # no result as a skill
    crashed = {**BASE, "channel": "recommendation", "relationship": "different-companies",
               "strengths": ["test automation", "Cypress", "cut regression from 3 days to 4 hours"],
               "details": "avg ticket time 3d->6h; 1,400 automated tests; team of 5"}
    message, failed = _errors("recommendation", Context.from_dict(crashed))  # reader 113: a crash
    assert not failed and "cut regression from 3 days to 4 hours" in message, (failed, message)
    from llmdraft.compose.common import _on_timing
    ctx = Context.from_dict(BASE)
    assert _on_timing("phd apps due dec 15", ctx) == "My PhD applications are due Dec 15."
    assert _on_timing("job applications close next friday", ctx) == \
        "My job applications close next Friday."


def test_what_readers_a_hundred_and_fifteen_and_sixteen_found():
    """Purposes get the article a post or a programme needs and keep their deadline apart; a
    recommendation says the fit a purpose points at ("faculty applications": a faculty role) and
    never the hunt; the writer's tie says once what the opening says; telegrams with a grade, a
    client who renews, a scale-up, a length of culvert and a count of hours read as sentences."""
    from llmdraft.compose.common import _on_timing, split_timing
    from llmdraft.realise.note_sentences import count_sentence
    assert realise.purpose("going for staff engineer").text == "going for a staff engineer role"
    assert realise.purpose("applying to TU Delft PhD").text == "applying to the TU Delft PhD"
    aim, when = split_timing("applying for INRAE research technician post before June 10")
    assert realise.purpose(aim).text == "applying for an INRAE research technician post"
    ctx = Context.from_dict(BASE)
    assert _on_timing(when, ctx) == "It would help to have it before June 10."
    assert _on_timing("vet school interview next month", ctx) == "My vet school interview is next month."
    assert split_timing("I start interviewing on the 20th")[1]  # a date, not evidence
    assert [f.text for f in realise.facts("capstone graded A")] == ["the capstone was graded A"]
    assert [f.text for f in realise.facts("client renewed for 3 years")] == ["client renewed for 3 years"]
    assert realise.fact_sentences(realise.facts("scaled from 200 to 900 food parcels a week"), "She",
                                  True, "the food bank") == \
        ["The food bank scaled from 200 to 900 food parcels a week."]
    assert realise.fact_sentences([realise.Fact("used by 9 district offices since 2021", "passive")],
                                  "She", True, "the dashboard") == \
        ["The dashboard has been used by 9 district offices since 2021."]
    assert count_sentence("6 km of culverts") == "The work covered 6 km of culverts."
    assert count_sentence("1.2 million safe man-hours") == \
        "The work logged 1.2 million safe man-hours."
    rec = {**BASE, "channel": "recommendation", "relationship": "reported-to-you", "pronouns": "he",
           "recipient": "Ivan Petrov", "details": "he was my manager 2014-2016; flew 120+ sectors "
           "together; recovered £2.1m in subrogation", "purpose": "faculty applications"}
    message, failed = _errors("recommendation", Context.from_dict(rec))
    assert not failed, (failed, message)
    first = message.split("\n\n")[0]
    assert "from 2014 to 2016" in first and message.count("my manager") <= 1, message
    assert "We flew 120+ sectors together." in message and "in subrogation" in message
    assert "a faculty role" in message and "application" not in message, message
    for purpose, said in (("so he can move into civilian supply chain management",
                           "civilian supply chain management"),
                          ("so he can get his CBF coaching licence", "his CBF coaching licence")):
        message, failed = _errors("recommendation", Context.from_dict({**rec, "purpose": purpose}))
        assert not failed and said in message, (failed, message)


def test_names_and_projects_readers_a_hundred_and_fifteen_and_sixteen_typed():
    """"Wang, Fang" said which name is given: greeted "Fang" (both are family names, so the
    greeting alone could not tell); a general one is not close to is greeted by rank, "(Ret.)"
    unsaid; 'Alejandro "Alex" Rivera' goes by Alex in public; a course code's format ("lab
    sessions") is no title in brackets, nor a fashion season's line."""
    from llmdraft.names import greeting, public_name
    ctx = Context.from_dict({**BASE, "recipient": "Wang, Fang"})
    assert (ctx.recipient, ctx.greet_as) == ("Fang Wang", "Fang")
    assert Context.from_dict({**BASE, "recipient": "Rivera, John"}).greet_as is None
    assert greeting("Gen. (Ret.) Howard Price", False) == "Gen. Price"
    assert greeting("Gen. (Ret.) Howard Price", False, close=True) == "Howard"
    assert public_name('Alejandro "Alex" Rivera') == "Alex"
    assert public_name('Mike "Tank" Thompson') == "Mike"
    assert realise.project("BIO-204 lab sessions").on == "on the BIO-204 lab sessions"
    assert realise.project("AW24 womenswear").on == "on AW24 womenswear"
    assert realise.project("SS25 menswear collection").on == "on the SS25 menswear collection"


def test_what_readers_a_hundred_and_seventeen_and_eighteen_found():
    """Telegrams with a year, a hire and a certification read as sentences; arrows keep their
    currency and units; a finca, a roastery or a ryokan is where one works ("at"), and a hotel
    typed in lower case is a name; the writer's own "I" strength is said with the person; a
    note's "my" in a recommendation is the writer's."""
    def said(details: str, thing: str = "the Brooklyn roastery") -> list[str]:
        return realise.fact_sentences(realise.as_typed(realise.facts(details), details), "She",
                                      True, thing)
    assert said("hired as Barista 2021") == ["She was hired as Barista in 2021."]
    assert said("certified 2022") == ["She gained certification in 2022."]
    assert said("toured 22 schools, 2018") == ["She toured 22 schools in 2018."]
    assert said("nominated for Nurse of the Year 2023") == ["She was nominated for Nurse of the Year 2023."]
    assert said("monthly sales ¥80,000 -> ¥210,000") == ["Monthly sales went from ¥80,000 to ¥210,000."]
    assert said("p95 latency 800ms -> 200ms") == ["The p95 latency went from 800ms to 200ms."]
    assert realise.project("Finca El Paraíso").on == "at Finca El Paraíso"
    assert realise.project("the Brooklyn coffee roastery").on == "at the Brooklyn coffee roastery"
    assert realise.project("the ryokan in Hakone").on == "at the ryokan in Hakone"
    assert realise.project("hotel morskie oko").on == "at Hotel Morskie Oko"
    rec = {**BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": "she",
           "strengths": ["route planning", "I always knew where things stood"],
           "details": "3 years under my command; 150 pickers / 9 days"}
    message, failed = _errors("recommendation", Context.from_dict(rec))
    assert not failed, (failed, message)
    assert "Working with her, I always knew where things stood." in message
    assert "under my command" in message and "their command" not in message


def test_names_roles_and_places_reader_a_hundred_and_eighteen_typed():
    """A Burmese honorific is no name ("Dear Daw Khin Myint"); a family name's particle stays
    ("Ms. El Idrissi"); a body of members takes "the"; "The Netherlands" mid-sentence is "the
    Netherlands"; a follow-up about a place says "my work at" it; a classifying compound is a
    field ("cold chain"), never "her cold chain"."""
    from llmdraft.names import greeting
    assert greeting("Daw Khin Myint", True) == "Daw Khin Myint"
    assert greeting("Daw Khin Myint", False, close=True) == "Khin Myint"
    assert greeting("Ms. Salma El Idrissi", True) == "Ms. El Idrissi"
    assert greeting("Dr. Hoang Van Nam", True) == "Dr. Nam"
    assert realise.role("sergeant major at Territorial Defence Forces") == \
        "a sergeant major at the Territorial Defence Forces"
    assert realise.purpose("move into supply chain management in The Netherlands").text.endswith(
        "in the Netherlands")
    assert realise.strength("cold chain").about("she", "her") == ("own", "her cold chain work")  # never
    #   "her cold chain", nor "when it came to supply chain" (reader 130)
    assert realise.strength("TripAdvisor reviews went up").form == "clause"
    ctx = Context.from_dict({**BASE, "project": "the Cluj rock climbing gym", "channel": "connection-note",
                             "days_since": 20})
    message, failed = _errors("followup", ctx)
    assert not failed and "about the Cluj" not in message, (failed, message)


def test_one_count_is_the_works_and_a_level_typed_as_a_strength_is_said_as_one():
    """Readers 117, 119 and 120 read "There were 28 storeys." as a figure with no owner: one
    count is what the work had, when the project is a thing ("The Vancouver condo tower had 28
    storeys."); "portfolio at risk under 2%" typed as a strength is a level it was, never "when it
    came to portfolio at risk under 2%"."""
    rec = {**BASE, "channel": "recommendation", "project": "the Vancouver condo tower",
           "pronouns": "he", "strengths": ["structural design", "portfolio at risk under 2%"],
           "details": "28 storeys"}
    message, failed = _errors("recommendation", Context.from_dict(rec))
    assert not failed, (failed, message)
    assert "The Vancouver condo tower had 28 storeys." in message, message
    assert "portfolio at risk was under 2%" in message.lower() and "came to portfolio" not in message


def test_what_readers_a_hundred_and_nineteen_and_twenty_found():
    """A count of a group ("herd of 180") is what the work had, never a bullet of one; an
    operation is a time ("during Operation Safe Harbour"), a classroom a room; two companies'
    people worked "each for a different company" (never "when we were at", which says they no
    longer are); an advisor "was an advisor to" the person, never the ambiguous "worked with them
    as an advisor"."""
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("Herd of 180", "the Galway dairy farm") == \
        "The Galway dairy farm had a herd of 180."
    assert count_sentence("Year 4 class of 28", "the school") == \
        "The school had a Year 4 class of 28."
    assert realise.project("Operation Safe Harbour").on == "during Operation Safe Harbour"
    assert realise.project("the kindergarten classroom").on == "in the kindergarten classroom"
    for side in ("different-companies", "advisor"):
        ctx = Context.from_dict({**BASE, "channel": "recommendation", "relationship": side})
        for variant in range(6):
            message = compose("recommendation", ctx, variant)[0]
            assert "when we were at different companies" not in message
            assert not re.search(r"worked with \S+ as an advisor", message), message


def test_what_the_review_of_this_session_found():
    """Over-matches the reviewer found in this session's rules, each left as typed now: "m" by
    an arrow is a million, a year straight after a verb is a count, a deed's object is the
    person's own pronoun only, a nickname is kept only when it shortens the given name, "The" of
    a name is not doubled, a shirt is no state, a unit after a number is no acronym."""
    assert [f.text for f in realise.facts("revenue $3m -> $5m")] == ["revenue went from $3m to $5m"]
    assert [f.text for f in realise.facts("planted 2000")] == ["planted 2000"]
    assert [f.text for f in realise.facts("score 2 to 1")] == ["score 2 to 1"]
    assert [f.text for f in realise.facts("ran the 24h helpline")] == ["ran the 24-hour helpline"]  # spelt
    #   out (reader 185), never "24H"
    assert [f.text for f in realise.facts("designed the new jersey for the club")] == \
        ["designed the new jersey for the club"]
    assert [f.text for f in realise.facts("ran 10 kms a day")] == ["ran 10 kms a day"]
    assert [f.text for f in realise.facts("built two school apps in Flutter")] == \
        ["built two school apps in Flutter"]
    assert [f.text for f in realise.facts("we would march 12 blocks")] == ["we would march 12 blocks"]
    assert realise.strength("projects on time").form != "habit"
    from llmdraft.names import public_name
    assert public_name('Daniel "Danger" Smith') == "Daniel"
    assert realise.role("coach at The Football Association") == "a coach at The Football Association"
    rec = {**BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": "she",
           "details": "recruited 40 volunteers; trained them in first aid; I hired her in 2019; "
                      "I managed her for 3 years"}
    message, failed = _errors("recommendation", Context.from_dict(rec))
    assert not failed, (failed, message)
    assert "she recruited 40 volunteers and trained them in first aid" in message.lower(), message
    assert "I hired her in 2019" in message and "I trained them" not in message, message


def test_what_readers_a_hundred_and_twenty_one_and_two_found():
    """Outcomes typed as nouns are earned ("community trust"), records and ways of thinking are
    theirs, a law is known, two words of one adjective are joined ("hard working"); adjectives
    share one sentence; a count of ten or fewer opens a sentence in words; a strength is never
    glued to an unrelated figure; a clean record closes the facts."""
    about = {typed: realise.strength(typed).about("she", "her") for typed in (
        "safety record", "stakeholder buy-in", "independent thinking", "maritime law",
        "mentorship", "patient safety", "Epic", "sales")}
    assert about == {"safety record": ("own", "her safety record"),
                     "stakeholder buy-in": ("at", "winning stakeholder buy-in"),
                     "independent thinking": ("own", "her independent thinking"),
                     "maritime law": ("own", "her knowledge of maritime law"),
                     "mentorship": ("own", "her mentorship"),
                     "patient safety": ("own", "her work on patient safety"),
                     "Epic": ("in", "Epic"), "sales": ("own", "her work in sales")}
    assert realise.strength("building trust").mine() == "how I built trust"  # no "earning building"
    assert realise.strength("hard working").about("he", "his") == ("clause", "he is hard-working")
    assert realise.strength("on time").about("he", "his") == ("clause", "he is always on time")
    assert [f.text for f in realise.facts("dataset cited 200+ times; passed the audit first try")] \
        == ["dataset was cited 200+ times", "passed the audit on the first try"]
    ctx = Context.from_dict({"recipient": "Nadia Petrova", "sender": "Simon Clarke", "pronouns": "she",
                             "project": "the oncology trial", "relationship": "reported-to-you",
                             "strengths": ["rigorous", "kind to patients"]})
    message = compose("recommendation", ctx, 0)[0]
    assert "She is rigorous and kind to patients." in message, message
    assert len(message.split("\n\n")) == 2, message  # no paragraph of one line
    ctx = Context.from_dict({"recipient": "Siobhan Kelly", "sender": "Mark Doherty", "pronouns": "she",
                             "channel": "recommendation", "project": "the intake rebuild", "relationship": "managed-you",
                             "strengths": ["process redesign", "calm under pressure", "Epic", "hard working"],
                             "details": "wait times 45 min -> 12 min; trained 30 front-desk staff; "
                                        "2 wards redesigned; zero complaints"})
    for variant in range(6):
        message, failed = _errors("recommendation", ctx, variant)
        assert not failed, (message, failed)  # "hard-working" was asked for: no cliché error
        assert not re.search(r"Epic, and|In all, 2|my epic|epic skills", message), message
        assert re.search(r"\b(?:she|She) redesigned 2 wards\.", message), message
    ctx = Context.from_dict({"recipient": "Jack Wright", "sender": "Olivia Chen", "pronouns": "he",
                             "project": "Redwood Estates (32-unit build)", "relationship": "client",
                             "strengths": ["site management"], "details": "delivered 3 weeks early"})
    assert "Redwood Estates was delivered 3 weeks early." in compose("recommendation", ctx, 0)[0]


def test_readers_a_hundred_and_twenty_one_and_two_details_projects_and_purposes():
    """Details typed as telegrams become sentences with their verbs; projects keep their names
    and prepositions; the person's role is said where they are named; the writer's own act is
    the writer's."""
    said = [f.text for f in realise.facts(
        "ran 3 seasons, 150 kids; moved 80 tonnes in 2022. zero losses; coordinated 35 weddings "
        "in 2023 season; I was a junior engineer on his site 2020-21; TripAdvisor 3.9 -> 4.6; "
        "excursions 12/month -> 1/month; occupancy 82% by month three")]
    assert said == ["ran 3 seasons with 150 kids", "moved 80 tonnes in 2022 with zero losses",
                    "coordinated 35 weddings in the 2023 season",
                    "I was a junior engineer on his site from 2020 to 2021",
                    "TripAdvisor rating went from 3.9 to 4.6",
                    "excursions went from 12 a month to 1 a month",
                    "occupancy reached 82% by month three"]
    assert realise.notes("App store rating 3.1 -> 4.6") == ["App store rating went from 3.1 to 4.6"]
    assert realise.strength("Lao language").about("he", "his") == ("clause", "he speaks Lao")
    assert realise.strength("hiring 60 staff in six weeks").about("he", "his") == (
        "clause", "he hired 60 staff in six weeks")
    assert realise.strength("onboarding calls").about("she", "her") == (
        "own", "her work on onboarding calls")
    assert realise.strength("pump repair").short() == "pump repair"
    assert [realise.project(p).on for p in (
        "intro to econ study group", "my PhD on soil microbiomes", "the vineyard harvest 2023",
        "Feed the Future poultry program", "our startup, Fernleaf", "cyclone recovery")] == [
        "in the intro to econ study group", "during my PhD on soil microbiomes",
        "on the 2023 vineyard harvest", "on the Feed the Future poultry program",
        "on our startup Fernleaf", "on the cyclone recovery"]
    assert "(Tutoring)" not in realise.project("ENGL 301 tutoring").np
    assert [realise.role(r) for r in ("Partner", "Lab head")] == ["a partner", "lab head"]
    from llmdraft.names import public_name
    assert public_name("M. A. Chowdhury") == "M. A. Chowdhury"
    ctx = Context.from_dict({"recipient": "Dr. Arjun Mehta", "sender": "Sophie Turner", "pronouns": "he",
                             "channel": "recommendation", "project": "my PhD on soil microbiomes",
                             "relationship": "junior-to-you", "strengths": ["experimental design"],
                             "details": "he was my supervisor 2018-2022; 3 papers together",
                             "purpose": "nominating him for a mentorship award"})
    message, failed = _errors("recommendation", ctx)
    assert not failed, failed
    assert message.startswith("Arjun was my supervisor during my PhD on soil microbiomes from "
                              "2018 to 2022."), message
    assert "We wrote 3 papers together." in message and "I am nominating him for a mentorship " \
        "award" in message and "he is nominating" not in message, message
    ctx = Context.from_dict({"recipient": "Olivia Bennett", "sender": "James Whitaker", "pronouns": "she",
                             "channel": "recommendation", "project": "the cold-chain study",
                             "relationship": "managed-you", "strengths": ["validation"],
                             "recipient_role": "Research Scientist",
                             "details": "I supervised her for 3 years"})
    message = compose("recommendation", ctx, 0)[0]
    assert "Olivia, a research scientist," in message and message.startswith("For 3 years, "), message
    assert "She is a research scientist" not in message, message
    request = Context.from_dict({"recipient": "Geoffrey Hale", "project": "the schools programme",
                                 "strengths": ["monitoring and evaluation"], "closeness": "distant",
                                 "relationship": "senior-to-you", "details": "we last spoke in 2017"})
    assert all("2017" not in compose("request", request, v)[0] for v in range(4))


def test_what_readers_a_hundred_and_twenty_three_and_four_found():
    """The writer's ties join the opening (and say nothing twice); telegrams get their verbs and
    articles; habits of hours, accuracy and names of businesses take frames that fit."""
    said = [f.text for f in realise.facts(
        "vacancy down from 14% to 6%; unit falls rate down 40% after her audit; secured £1.2M "
        "Wellcome grant; the squad reached Pacific final; portfolio at risk cut from 7% to 2.5%; "
        "model in production since 2022; AED 4M savings; 18 month program; sponsorships $45k; "
        "app rating 2.8 to 4.5")]
    assert said == ["vacancy went down from 14% to 6%", "unit falls rate went down 40% after her audit",
                    "secured a £1.2M Wellcome grant", "the squad reached the Pacific final",
                    "portfolio at risk was cut from 7% to 2.5%", "model has been in production since 2022",
                    "the work saved AED 4M", "the program ran for 18 months",
                    "sponsorships came to $45k", "app rating went from 2.8 to 4.5"]
    assert realise.notes("vacancy down from 14% to 6%") == ["Vacancy went down from 14% to 6%"]
    assert realise.strength("early mornings").about("he", "his") == (
        "clause", "he was always ready for early mornings")
    assert realise.strength("accuracy").about("she", "her") == ("own", "her accuracy")
    assert [realise.project(p).on for p in ("Abuela's Kitchen", "our cashew processing co-op",
                                            "the Pune edtech startup")] == [
        "at Abuela's Kitchen", "at our cashew processing co-op", "at the Pune edtech startup"]
    assert realise.project("GRADE 11 chemistry tutoring program").np.startswith("the Grade 11")
    assert realise.project("the zebrafish imaging work").np == "the zebrafish imaging project"
    assert realise.role("VP Engineering") == "VP of Engineering"
    assert realise.purpose("apprenticeship completion").text == "to complete my apprenticeship"
    from llmdraft.names import public_name
    assert public_name("Mr. Juan Pablo Díaz") == "Juan Pablo"
    rec = Context.from_dict({"recipient": "Ibrahim Diallo", "sender": "Anne Roy", "pronouns": "he",
                             "channel": "recommendation", "project": "the Mali mission",
                             "relationship": "managed-you", "strengths": ["logistics", "French and Bambara"],
                             "details": "served under me 2017-2019"})
    message, failed = _errors("recommendation", rec)
    assert not failed, failed
    assert message.split(". ")[0].endswith("Mali mission from 2017 to 2019"), message
    assert "speaks French and Bambara" in message and "served under me" not in message, message
    request = Context.from_dict({"recipient": "Isabela Costa", "project": "the food bank overhaul",
                                 "strengths": ["route planning"], "relationship": "reported-to-you",
                                 "details": "I managed her for 18 months"})
    assert all("18 months" not in compose("request", request, v)[0] for v in range(4))
    follow = Context.from_dict({"recipient": "Ingrid Solberg", "project": "my master's thesis",
                                "strengths": ["statistical modelling"], "relationship": "advisor",
                                "channel": "email", "days_since": 21})
    assert all("our work on the master's thesis" not in compose("followup", follow, v)[0]
               for v in range(6))


def test_what_readers_a_hundred_and_twenty_five_and_six_found():
    """The person's own tie ('he supervised me', 'my tech lead for 3 years') is the opening;
    purposes keep what they aim at; ratings, grants and counts read as sentences."""
    rec = Context.from_dict({"recipient": "Tunde Oyelaran", "sender": "Ada Obi", "pronouns": "he",
                             "channel": "recommendation", "project": "the Ibadan cassava plant",
                             "relationship": "junior-to-you", "strengths": ["plant maintenance"],
                             "details": "he supervised me for 3 years; 180 cows"})
    message, failed = _errors("recommendation", rec)
    assert not failed, failed
    assert message.startswith("Tunde supervised me at the Ibadan cassava plant for 3 years."), message
    rec = Context.from_dict({"recipient": "Kaito Yamamoto", "sender": "Mia Chen", "pronouns": "he",
                             "channel": "recommendation", "project": "the Tokyo payments API",
                             "relationship": "reported-to-you", "strengths": ["Go"],
                             "details": "my tech lead for 3 years"})
    message = compose("recommendation", rec, 0)[0]
    assert message.startswith("Kaito was my tech lead on the Tokyo payments API for 3 years."), message
    assert [realise.purpose(p).text for p in ("CFO search", "job search", "board chair appointment")] \
        == ["my search for a CFO role", "my job search", "an appointment as board chair"]
    assert [f.text for f in realise.facts("RA for me in summer 2023")] == [
        "was an RA for me in summer 2023"]
    assert realise.fact_sentences(realise.facts("€180k grant secured"), "She", True, "the maps") == [
        "A €180k grant was secured."]
    assert realise.project("the Munich city bike-share rollout").np == "the Munich city bike-share rollout"
    assert realise.project("mexico city metro").np == "the Mexico City metro"
    rated = Context.from_dict({"recipient": "Lea Roth", "sender": "Max Ulm", "pronouns": "she",
                               "channel": "recommendation", "project": "opening The Olive Room",
                               "relationship": "managed-you", "strengths": ["kitchen leadership"],
                               "details": "4.8 stars after 6 months"})
    assert "The rating was 4.8 stars after 6 months." in compose("recommendation", rated, 0)[0]
    request = Context.from_dict({"recipient": "Gabriel Santos", "project": "the street art festival",
                                 "strengths": ["curating"], "relationship": "different-companies",
                                 "channel": "linkedin-message", "days_since": 26,
                                 "purpose": "grant deadline end of month"})
    assert all("end of month" not in compose("followup", request, v)[0] for v in range(4))


def test_what_readers_a_hundred_and_twenty_seven_and_eight_found():
    """'has supervised' keeps its subject, exams and rounds take their articles, abbreviations
    do not end a detail, a house by its name is worked at, a nomination is backed."""
    found = realise.facts("has supervised 12 doctoral students; raised Series A; passed journeyman "
                          "exam; got Fairtrade cert in 2020; memo went to the Mass. DOT")
    assert [f.text for f in found] == [
        "has supervised 12 doctoral students", "raised a Series A round",
        "passed the journeyman exam", "got Fairtrade certification in 2020",
        "memo went to the Mass. DOT"]
    assert realise.fact_sentences(found[:1], "He", True) == ["He has supervised 12 doctoral students."]
    assert realise.fact_sentences(found[:1]) == ["I have supervised 12 doctoral students."]
    assert realise.project("Le Petit Jardin").on == "at Le Petit Jardin"
    assert realise.strength("generous supervision").about("he", "his") == (
        "own", "his generous supervision")
    rec = Context.from_dict({"recipient": "Daniel Berg", "sender": "Eva Lind", "pronouns": "he",
                             "channel": "recommendation", "project": "the PhD programme",
                             "relationship": "senior-to-you", "strengths": ["supervision"],
                             "purpose": "teaching award nomination"})
    message = compose("recommendation", rec, 0)[0]
    assert "I wholeheartedly support his nomination for a teaching award." in message, message
    assert "focused on" not in message, message


def test_review_of_this_sessions_rules_leaves_ordinary_input_alone():
    """The rules added for readers 121 to 128 fire only on what they were written for."""
    said = [f.text for f in realise.facts(
        "made it to the final; boosted enrolment 30% in 2023; led first go-live in Kenya; sat on "
        "audit committee; secured $500k in grant funding; built a tool running since 2019; "
        "renewed SSL cert for 40 domains; led the audit 1999-00; 1 year pilot")]
    assert said == ["made it to the final", "boosted enrolment by 30% in 2023",
                    "led first go-live in Kenya", "sat on the audit committee",
                    "secured $500k in grant funding", "built a tool running since 2019",
                    "renewed SSL cert for 40 domains", "led the audit from 1999 to 2000",
                    "the pilot ran for 1 year"]
    assert [f.text for f in realise.facts("she led the ward, which had 30 beds")] == [
        "she led the ward, which had 30 beds"]
    assert realise.notes("in 6 months from 3 to 12 clients") == ["In 6 months from 3 to 12 clients"]
    assert [realise.purpose(p).text for p in ("timely completion", "MBA search")] == [
        "my timely completion", "my MBA search"]
    assert "online" in realise.purpose("applying for an online master's").text
    assert realise.strength("zero trust").about("she", "her") == ("in", "zero trust")
    assert realise.strength("teaching Year 9 maths").about("she", "her") == ("at", "teaching Year 9 maths")
    assert realise.strength("testing software").about("she", "her") == ("at", "testing software")
    from llmdraft.names import greeting
    assert greeting("Ms. Maria De La Cruz", formal=True) == "Ms. De La Cruz"


def test_what_readers_a_hundred_and_twenty_nine_and_thirty_found():
    """A deadline keeps what it is for, a purpose typed "for my ... due" is what is due, a
    promotion to a post takes no "role", a bare track after "move into" its article; a deed done
    to a name is no place; a level is no instance of a strength; money "in claims resolved" is
    a passive; "Sr. Maria" is Sister Maria, "Dr. Li Mei" Dr. Li, a bare initial is greeted with
    the family name; a more senior writer never opens "As the more senior of us"."""
    from llmdraft.compose.common import _on_timing
    from llmdraft.names import greeting
    ctx = Context.from_dict(BASE)
    assert _on_timing("the deadline for the residency is next Friday", ctx) == \
        "My deadline for the residency is next Friday."
    assert _on_timing("for my postdoc applications due March 1", ctx) == \
        "My postdoc applications are due March 1."
    assert _on_timing("my deadline has moved to Jan 10", ctx) == "My deadline has moved to Jan 10."
    assert _on_timing("deadline moved to Jan 10", ctx) == "My deadline has moved to Jan 10."
    assert realise.purpose("internal promotion to operations lead").text == \
        "an internal promotion to operations lead"
    assert realise.purpose("so I can move into consulting partnership track").text == \
        "so I can move into the consulting partnership track"
    assert realise.purpose("so I can move into management").text == "so I can move into management"
    assert realise.project("opening Trattoria Sole").on == "on opening Trattoria Sole"
    assert realise.project("substation upgrade Ostrava").np == "the substation upgrade in Ostrava"
    assert realise.project("Cedar Street affordable housing").np == \
        "the Cedar Street affordable housing project"
    assert [f.text for f in realise.facts("\u20a64.2bn in claims resolved")] == \
        ["\u20a64.2bn in claims was resolved"]
    assert [f.text for f in realise.facts("no disputes went to arbitration")] == \
        ["no disputes went to arbitration"]
    assert greeting("Sr. Maria Goretti", formal=True) == "Sister Maria Goretti"
    assert greeting("Sr. Juan Garc\u00eda", formal=True) == "Sr. Garc\u00eda"
    assert greeting("Dr. Li Mei", formal=True) == "Dr. Li"
    assert greeting("Dr. Li Mei", formal=False) == "Li Mei"
    assert greeting("McAllister, J.", formal=False) == "J. McAllister"
    assert greeting("Dr. K. S. Ramanathan", formal=False, close=True) == "Dr. Ramanathan"
    budget = {**BASE, "channel": "recommendation", "relationship": "reported-to-you",
              "pronouns": "he", "strengths": ["fleet management", "budgeting"],
              "details": "budget of $1.4M"}
    senior = {**BASE, "channel": "recommendation", "relationship": "senior-to-you",
              "pronouns": "he"}
    for variant in range(6):
        message = compose("recommendation", Context.from_dict(budget), variant)[0]
        assert "the budget was $1.4m" in message.lower(), message
        assert not re.search(r"(?i)(?:instance|example|case in point)[,:] the budget", message), message
        opening = compose("recommendation", Context.from_dict(senior), variant)[0]
        assert "more senior of us" not in opening, opening


def test_strengths_readers_a_hundred_and_twenty_nine_and_thirty_found_in_the_wrong_frame():
    """A crew is worked with, a standard known, a decision one's own, one piece of kit or a
    chain worked on as "X work", a gerund with "without complaint" a habit told as a deed."""
    said = {t: realise.strength(t).about("she", "her") for t in (
        "harvest crews", "GRI standards", "accounting standards", "high standards",
        "data-driven decisions", "total station", "supply chain", "financial model",
        "working night shifts without complaint", "supply chain management")}
    assert said == {
        "harvest crews": ("own", "her work with harvest crews"),
        "GRI standards": ("own", "her knowledge of GRI standards"),
        "accounting standards": ("own", "her knowledge of accounting standards"),
        "high standards": ("own", "her high standards"),
        "data-driven decisions": ("own", "her data-driven decisions"),
        "total station": ("own", "her total station work"),
        "supply chain": ("own", "her supply chain work"),
        "financial model": ("own", "her financial model work"),
        "working night shifts without complaint": ("clause", "she worked night shifts without complaint"),
        "supply chain management": ("at", "supply chain management"),
    }
    assert realise.strength("cold chain").mine() == "my cold chain work"


def test_a_lone_year_and_a_deeds_two_counts():
    """A year typed as a detail of its own says when the detail before it was; a deed's two
    counts after a comma are one list; a weight of a thing takes "of"."""
    said = lambda raw: realise.fact_sentences(realise.facts(raw))  # noqa: E731
    assert said("moved 300 vehicles across 2 borders; 2020") == \
        ["I moved 300 vehicles across 2 borders in 2020."]
    assert said("audited 3 elevators, 120k tonnes stock") == \
        ["I audited 3 elevators and 120k tonnes of stock."]
    assert said("found 340 pallets mislabelled") == ["I found 340 pallets mislabelled."]
    assert [f.text for f in realise.facts("ran 3 seasons, 150 kids")] == ["ran 3 seasons with 150 kids"]
    assert [f.text for f in realise.facts("2019-2021")] == ["ran from 2019 to 2021"]


def test_what_readers_a_hundred_and_thirty_one_and_two_found():
    """A verb said in the name of its doer goes to the person ("She distributed 480,000 nets",
    never "The distribution distributed"); plural terraces "were" finished; a clean record after
    a comma is "with" it; "~$1.1m" is about $1.1m; "her recommendations adopted by the council"
    were adopted; a rating site's score is its rating; "served under her 2019-2021" is under
    you in a request and the writer's own in a recommendation; a ship's master is "the master
    of MV ..."; a habit typed as "advocates for patients", a deed as "mentored graduates", a
    "cool head" kept."""
    from llmdraft.realise.voice import to_second_person
    said = lambda raw, who="She", thing=None: realise.fact_sentences(  # noqa: E731
        realise.facts(raw), who, True, thing)
    assert said("distributed 480,000 nets in 10 weeks", thing="the malaria bed net distribution "
                "in Ashanti") == ["She distributed 480,000 nets in 10 weeks."]
    assert said("mapped 1,400 polling units", "He", "the Kano polling unit mapping") == \
        ["He mapped 1,400 polling units."]
    assert said("finished 3 weeks early", thing="renovating the Clontarf terraces") == \
        ["The renovation finished 3 weeks early."]  # the work did (reader 159)
    assert said("300 civilians evacuated in 48 hrs, no casualties") == \
        ["300 civilians were evacuated in 48 hours with no casualties."]
    assert said("saved ~$1.1m in demurrage") == ["She saved around $1.1m in demurrage."]
    assert said("her recommendations adopted by the council") == \
        ["Her recommendations were adopted by the council."]
    assert said("the report was adopted by the board") == ["The report was adopted by the board."]
    assert said("TripAdvisor 4.8 in first quarter") == \
        ["The TripAdvisor rating was 4.8 in the first quarter."]
    assert to_second_person("served under her 2019-2021") == "served under you 2019-2021"
    assert to_second_person("her 2021 grant") == "your 2021 grant"
    assert realise.role("Master, MV Coral Star") == "the master of MV Coral Star"
    assert realise.role("Deck Cadet, MV Star") == "a deck cadet at MV Star"
    about = {t: realise.strength(t).about("she", "her") for t in (
        "advocates for patients", "mentored graduates", "cool head", "mixed methods")}
    assert about == {"advocates for patients": ("clause", "she advocates for patients"),
                     "mentored graduates": ("clause", "she mentored graduates"),
                     "cool head": ("clause", "she kept a cool head"),
                     "mixed methods": ("own", "her work on mixed methods")}
    rec = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "reported-to-you", "pronouns": "she",
        "details": "Served under her 2019-2021. Ran a company of 45"}), 0)[0]
    assert "I served under her from 2019 to 2021" in rec and "She served under her" not in rec, rec


def test_a_grade_and_a_present_deed_read_as_typed():
    """"graded excellent" takes no article; "answers 98% of calls" is what the person does, in
    the person's voice; "serves 300 families weekly" is still what the thing made does."""
    assert [f.text for f in realise.facts("teaching practice graded excellent")] == \
        ["the teaching practice was graded excellent"]
    assert [f.text for f in realise.facts("capstone graded A")] == ["the capstone was graded A"]
    both = realise.facts("answers 98% of calls in under 10s; serves 300 families weekly")
    assert realise.fact_sentences(both, "She", True, "the county food bank") == \
        ["She answers 98% of calls in under 10s.", "The county food bank serves 300 families weekly."]
    assert realise.fact_sentences(both, "I", False, "the county food bank")[0] == \
        "I answer 98% of calls in under 10s."


def test_a_numbered_station_is_worked_at():
    assert realise.project("Station 12").on == "at Station 12"
    assert realise.project("Fire Station 12").on == "at Fire Station 12"
    assert realise.project("Ward 4B").on == "on Ward 4B"


def test_what_readers_a_hundred_and_thirty_three_and_four_found():
    """A bed count is no past tense; a month and year after a noun is when it was; systems
    "back in 72 hrs" were back; "top 5% of cohort" takes "the"; a deed done together is "we";
    "my work on my thesis" says "my" once; "Dr. Chloe Martin" is Dr. Martin."""
    from llmdraft.names import greeting, public_name
    facts = lambda raw: [(f.text, f.form) for f in realise.facts(raw)]  # noqa: E731
    assert facts("20-bed unit, often 1:2 ratios") == [("20-bed unit, often 1:2 ratios", "noun")]
    assert facts("ransomware attack Feb 2022") == [("ransomware attack in Feb 2022", "noun")]
    assert facts("systems back in 72 hrs") == [("the systems were back in 72 hours", "clause")]
    assert facts("aircraft back in service in 31 hours") == \
        [("the aircraft was back in service in 31 hours", "clause")]
    assert realise.fact_sentences(realise.facts("ranked in the top 5% of cohort"), "She", True) == \
        ["She was ranked in the top 5% of the cohort."]
    assert greeting("Dr. Chloe Martin", formal=True) == "Dr. Martin"
    assert public_name("Dr. Chloe Martin") == "Chloe"
    assert greeting("Dr. Ssekandi Moses", formal=True) == "Dr. Ssekandi"
    rec = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "different-companies", "pronouns": "he",
        "details": "catered 200+ weddings together; partners for 3 yrs"}), 0)[0]
    assert "We catered 200+ weddings together." in rec and "We were partners for 3 years." in rec, rec
    followup = compose("followup", Context.from_dict({
        **BASE, "project": "my thesis on Baroque archives", "relationship": "teacher",
        "channel": "linkedin-message", "days_since": 20}), 0)[0]
    assert "my work on my" not in followup.lower(), followup


def test_a_police_or_navy_rank_in_capitals_is_a_rank():
    from llmdraft.names import greeting, public_name
    assert greeting("PC Ravinder Singh", formal=True) == "PC Singh"
    assert public_name("PC Ravinder Singh") == "Ravinder"
    assert greeting("PO Liam Grant", formal=True) == "PO Grant"
    assert greeting("DC Amy Lowe", formal=True) == "DC Lowe"
    assert not greeting("Po Chen", formal=True).startswith("PO")  # a name, not a rank


def test_the_reviews_over_matches_of_the_small_rules():
    """The reviewer's near misses of this change's rules outside note_sentences.py."""
    from llmdraft.realise.voice import to_second_person
    about = lambda t: realise.strength(t).about("she", "her")  # noqa: E731
    assert about("traumatised children")[0] != "clause"
    assert about("marginalised communities")[0] != "clause"
    assert about("role model") != ("own", "her role model work")
    assert realise.strength("a role model").mine() != "my a role model work"
    said = lambda raw: realise.fact_sentences(realise.facts(raw), "She", True)  # noqa: E731
    assert said("taught 200 students, 4 years") == ["She taught 200 students, 4 years."]
    assert said("won the regional award; 2018; 2019") == ["She won the regional award."]
    assert said("her thesis cited by 40 papers") == ["Her thesis was cited by 40 papers."]
    assert said("distributed 2,000 50 kg sacks") == ["She distributed 2,000 50 kg sacks."]
    assert said("won tender for hospital laundry") == ["She won the tender for the hospital laundry."]
    assert [f.text for f in realise.facts("team of 10~15 nurses")] == ["team of 10~15 nurses"]
    assert [f.text for f in realise.facts("Google 5 years")] == ["Google 5 years"]
    assert to_second_person("I sat on her 2019-2022 steering committee") == \
        "I sat on your 2019-2022 steering committee"
    for typed in ("so I can join your team", "so I can move to another role",
                  "so I can make it onto the team"):
        assert realise.purpose(typed).text == typed
    assert realise.purpose("recent promotion to head of ward").text == \
        "my recent promotion to head of ward"
    assert realise.project("training Nairobi").on == "on the training in Nairobi"
    assert realise.project("social housing").on == "on the social housing"
    rec = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "reported-to-you", "pronouns": "she",
        "details": "reported to her board monthly"}), 0)[0]
    assert "I reported to her board" not in rec, rec
    for purpose in ("applying for a PhD; deadline is just", "applying for a PhD; deadline was",
                    "applying for a PhD; deadline is just before Christmas"):
        message = compose("request", Context.from_dict({**BASE, "purpose": purpose}), 0)[0]
        assert "My deadline just" not in message, message


def test_what_readers_a_hundred_and_thirty_five_and_six_found():
    """"AJ Patel" goes by AJ; "mentors the hygienists" is a habit; a tie typed as "I commanded
    him for 2 years" joins the opening."""
    from llmdraft.names import greeting
    assert greeting("AJ Patel", formal=False, close=True) == "AJ"
    assert greeting("PROF. ANNA LEE", formal=True) == "Prof. Lee"
    assert greeting("sarah LEE", formal=False) == "Sarah"
    assert realise.strength("mentors the hygienists").about("she", "her") == \
        ("clause", "she mentors the hygienists")
    rec = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": "he",
        "details": "I commanded him for 2 years; kept 40 trucks ready"}), 0)[0]
    assert ", and I commanded him for 2 years." in rec.split("\n")[0], rec


def _rec(relationship, details, pronouns="she", **extra):
    return compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": relationship, "pronouns": pronouns,
        "details": details, **extra}), 0)[0]


def test_what_readers_a_hundred_and_thirty_three_to_six_found_again():
    """Notes with no subject get one; a tie of how long joins the opening; an event, a
    coworking space and a front desk are worked "at"; a long project is named short the
    second time; the finished work is the fit-out, not the showroom."""
    said = {d: [(f.form, f.text) for f in realise.facts(d)] for d in (
        "co-wrote R01 that was funded", "never late on an invoice", "zero recalls",
        "Systems back in 72 hours", "Call wait from 11 min to 3 min")}
    assert said["co-wrote R01 that was funded"] == [("past", "co-wrote R01 that was funded")]
    assert said["never late on an invoice"] == [("past", "was never late on an invoice")]
    assert said["zero recalls"] == [("noun", "zero recalls")]
    assert said["Systems back in 72 hours"] == [("clause", "the systems were back in 72 hours")]
    assert said["Call wait from 11 min to 3 min"] == [("clause", "Call wait went from 11 minutes to 3 minutes")]
    assert "On his watch, there were zero recalls." in _rec("managed-you", "zero recalls", "he")
    opening = _rec("managed-you", "worked with me 2020-2024").split("\n")[0]
    assert "from 2020 to 2024." in opening and "worked with me" not in opening, opening
    opening = _rec("teacher", "my student 2018-2020").split("\n")[0]
    assert ", and she was my student from 2018 to 2020." in opening, opening
    opening = _rec("reported-to-you", "I worked under her 4 years").split("\n")[0]
    assert opening.startswith("For 4 years, Sam was my manager"), opening
    opening = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": "she",
        "project": "the ICU during COVID", "details": "I supervised her for 3 years"}), 0)[0]
    assert opening.startswith("For 3 years, "), opening
    for typed, on in (("the Accra coworking space", "at the Accra coworking space"),
                      ("Startup Weekend Denver", "at Startup Weekend Denver"),
                      ("our hotel's front desk", "at our hotel's front desk"),
                      ("The Hindu's election data desk", "on The Hindu's election data desk"),
                      ("the church's youth ministry", "in the church's youth ministry")):
        assert realise.project(typed).on == on
    assert realise.fact_sentences(realise.facts("finished 2 weeks early"), "He", True,
                                  "the Shanghai showroom fit-out") == [
        "The Shanghai showroom fit-out finished 2 weeks early."]
    assert realise.fact_sentences(realise.facts("reached 2,000 mothers"), "She", True,
                                  "the Kumasi maternal health outreach project") == [
        "The project reached 2,000 mothers."]
    for variant in range(6):  # "just as good" compares with whatever came before: never said
        assert not re.search(r"just as (?:good|strong)|just as telling", compose("recommendation", Context.from_dict({
            **BASE, "channel": "recommendation", "relationship": "managed-you",
            "strengths": ["patience", "algebra", "built the data room", "negotiation"]}),
            variant)[0], re.I)


def test_notes_readers_one_twenty_nine_to_one_thirty_three_left_over():
    """What a count went from is the count's; a deed with "worth" keeps its doer; a team, an
    award nomination and a finding adopted by someone read as they happened."""
    said = lambda d: [(f.form, f.text) for f in realise.facts(d)]  # noqa: E731
    assert said("mishandled bags 8.1 -> 4.3 per 1,000") == [
        ("clause", "mishandled bags went from 8.1 to 4.3 per 1,000")]
    assert said("reduced costs from $2m to $1m") == [("past", "reduced costs from $2m to $1m")]
    assert said("sourced 4 office deals worth $310m") == [("past", "sourced 4 office deals worth $310m")]
    assert said("contract worth $4m") == [("clause", "contract was worth $4m")]
    assert said("u14s won the county final") == [("clause", "the U14s won the county final")]
    assert said("reviewed 120 cases; her recommendations adopted by the council")[1] == (
        "clause", "her recommendations were adopted by the council")
    assert realise.fact_sentences(realise.facts("BAFTA nominated 2023"), "He", True,
                                  "the Channel 4 documentary 'Lost Rivers'") == [
        "The Channel 4 documentary 'Lost Rivers' was nominated for a BAFTA in 2023."]
    rec = _rec("managed-you", "matched 85 mentor pairs\n9 in 10 matches lasted over a year")
    assert "Nine in ten matches lasted over a year." in rec, rec


def test_what_readers_a_hundred_and_thirty_seven_and_eight_found():
    """A title typed on the family name stays a title; a firm, a mall or a gym by its name is
    worked "at"; a school subject with its grade is a course; a habit typed with its verb is a
    habit; deployments and clients are the person's; an office shared is shared."""
    ctx = Context.from_dict({**BASE, "recipient": "Dr. Li, Mei", "relationship": "teacher",
                             "closeness": "professional", "channel": "email"})
    assert ctx.recipient == "Dr. Mei Li"
    assert compose("request", ctx, 0)[0].startswith("Dear Dr. Li,")
    for typed, on in (("Vogel Steuerberatung", "at Vogel Steuerberatung"),
                      ("ShopRite Accra Mall", "at ShopRite Accra Mall"),
                      ("Fit Forward Coaching", "at Fit Forward Coaching"),
                      ("Rhodes Plumbing", "at Rhodes Plumbing"),
                      ("the Milan CrossFit box", "at the Milan CrossFit box"),
                      ("Chemistry 11", "in Chemistry 11"),
                      ("Advanced Plumbing", "in Advanced Plumbing")):
        assert realise.project(typed).on == on, typed
    assert realise.strength("mentors undergrads").about("she", "her") == ("clause", "she mentors undergrads")
    assert realise.strength("mentors the hygienists").mine() == "that I mentor the hygienists"
    assert realise.strength("trains commis chefs").mine() == "that I train commis chefs"
    said = [s.sentence for s in say_all(["2 deployments", "140 online clients",
                                         "no safety incidents on his watch"], "the depot", "he")[0]]
    assert said == ["He completed 2 deployments.", "He had 140 online clients.",
                    "On his watch, there were no safety incidents."], said
    rec = _rec("same-team", "shared an office 2020-2024; haven't spoken much since 2023", "he")
    assert ", and we shared an office from 2020 to 2024." in rec.split("\n")[0], rec
    assert "We haven't spoken much since 2023, but I remember" in rec, rec
    rec = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "reported-to-you", "pronouns": "she",
        "strengths": ["coaching", "everyone felt welcome"], "details": "started the masters class"}), 0)[0]
    assert "Around her, everyone felt welcome." in rec and "masters class" in rec, rec
    assert [f.text for f in realise.facts("certified NASM and Precision Nutrition; lost touch after 2019")] == [
        "gained certification from NASM and Precision Nutrition", "lost touch after 2019"]


def test_more_that_readers_a_hundred_and_thirty_seven_and_eight_found():
    """A post held, a place open since a year, a shift worked together, a hire and a habit
    with its day are sentences; "work" is said once; "under" a budget says so."""
    said = [s.sentence for s in say_all(["foreman on a 30-person crew", "clinic open 24/7 since 2021"],
                                        "the depot", "he")[0]]
    assert said == ["He was foreman on a 30-person crew.", "The clinic has been open 24/7 since 2021."]
    assert [f.text for f in realise.facts("delivered £400k under; runs sound for 3 services every Sunday")] == [
        "delivered £400k under budget", "runs sound for 3 services every Sunday"]
    rec = _rec("reported-to-you", "he hired me in 2019", "he")
    assert ", and he hired me in 2019." in rec.split("\n")[0], rec
    rec = _rec("junior-to-you", "night shifts together 2020-2022", "he")
    assert "We worked night shifts together from 2020 to 2022." in rec, rec
    rec = compose("recommendation", Context.from_dict({
        **BASE, "channel": "recommendation", "relationship": "advisor", "pronouns": "she",
        "project": "our lab's zebrafish cardiac regeneration work"}), 0)[0]
    assert "work on our lab's zebrafish cardiac regeneration." in rec.split("\n")[0], rec
    request = compose("request", Context.from_dict({**BASE, "channel": "email",
                                                    "project": "my master's thesis on fjord sediment"}), 0)
    assert "my work on my" not in (request[1] or "") + request[0], request


def test_what_readers_a_hundred_and_thirty_nine_and_forty_found():
    """Notes read as they were meant: a grade earned, a milestone reached, a summer clerked, a
    head of department who was the writer, a paper's year, a venue that opened; a given name
    with an accent is still a given name; Krio is spoken."""
    said = lambda d: [f.text for f in realise.facts(d)]  # noqa: E731
    assert said("intake wait down 3 weeks -> 5 days") == ["intake wait went down from 3 weeks to 5 days"]
    assert said("sat side by side 2 years") == ["sat side by side for 2 years"]
    assert said("clerked for her summer 2022") == ["clerked for her in summer 2022"]
    assert said("graded 1.3 in my FEM course") == ["earned a 1.3 in my FEM course"]
    assert said("WCAG AA reached in 4 months") == ["WCAG AA was reached in 4 months"]
    assert said("helped set up the hotline") == ["helped set up the hotline"]
    assert said("published in Lancet ID 2018") == ["published in Lancet ID in 2018"]
    assert said("2 years as his head of department")[0].startswith("I was his head of")
    assert realise.fact_sentences(realise.facts("helped set up the hotline"), "She", True, "the helpline") == [
        "She helped set up the hotline."]
    assert realise.fact_sentences(realise.facts("opened on time"), "He", True,
                                  "the Oslo opera house lighting refit") == ["The Oslo opera house opened on time."]
    notes = [s.sentence for s in say_all(["one of 40 students", "4.7 on Google after year one", "600+ claims",
                                          "2,000 animation frames"], "the clinic", "she")[0]]
    assert notes == ["She was one of 40 students.", "The clinic's Google rating was 4.7 after year one.",
                     "She handled 600+ claims.", "She produced 2,000 animation frames."], notes
    from llmdraft.names import greeting, public_name
    assert public_name("Dr. Chloé Martin", None) == "Chloé"
    assert greeting("Dr. Chloé Martin", formal=True) == "Dr. Martin"
    assert realise.strength("Krio").about("she", "her") == ("clause", "she speaks Krio")
    assert realise.strength("coiled tubing").about("he", "his")[1] == "coiled tubing"


def test_project_labels_readers_one_thirty_nine_and_forty_typed():
    for typed, on in (("the WMS rollout, Hanoi warehouse", "on the WMS rollout at the Hanoi warehouse"),
                      ("the Erasmus exchange, structural engineering",
                       "during the Erasmus exchange in structural engineering"),
                      ("Station 14's hazmat response upgrade", "on Station 14's hazmat response upgrade"),
                      ("the SAS Stockholm base", "at the SAS Stockholm base"),
                      ("the customer base growth", "on the customer base growth"),
                      ("the sheep-shearing co-op near Cardiff", "at the sheep-shearing co-op near Cardiff")):
        assert realise.project(typed).on == on, typed


def test_what_readers_a_hundred_and_forty_one_and_two_found():
    """Times beside an arrow, a milestone kept, a clean run, a growth multiple, a second
    taproom, falls that went down, deteriorations caught earlier, a tie with its years."""
    said = lambda d: [f.text for f in realise.facts(d)]  # noqa: E731
    assert said("AHT 6:40 -> 5:35") == ["AHT went from 6:40 to 5:35"]
    assert said("opened 2nd taproom") == ["opened a second taproom"]
    assert said("falls down 40% in a year") == ["falls went down 40% in a year"]
    assert said("sales up 22% after relaunch") == ["sales went up 22% after the relaunch"]
    assert said("deteriorations caught earlier") == ["deteriorations were caught earlier"]
    notes = [s.sentence for s in say_all(["go-live on schedule", "ledger migration zero downtime",
                                          "revenue 3x", "650 cows"], "the rollout", "she")[0]]
    assert notes == ["The go-live was on schedule.", "The ledger migration had zero downtime.",
                     "Revenue grew 3x.", "The work covered 650 cows."], notes
    rec = _rec("managed-you", "I employed her 2018-2023 as 2IC")
    assert ", and I employed her from 2018 to 2023 as 2IC." in rec.split("\n")[0], rec
    from llmdraft.realise.words import named_again
    assert named_again("the Lima public library network's literacy programme") == "The programme"
    assert named_again("the brigade motor pool") == "The brigade motor pool"
    assert named_again("our seed round at Farmlink") == "Our seed round"


@pytest.mark.parametrize("note,text", [
    # The review of this session's rules (ef6a748..): each rule's near misses read as before.
    ("graded 40 lab reports a week", "graded 40 lab reports a week"),
    ("graded A-level coursework", "graded A-level coursework"),
    ("MBE awarded in 2022", "MBE was awarded in 2022"),
    ("ran our Spring 2022 cohort of 40 founders", "ran our Spring 2022 cohort of 40 founders"),
    ("joined for her summer 2022 internship", "joined for her summer 2022 internship"),
    ("Acting Director from March to June 2022", "Acting Director from March to June 2022"),
    ("returned lost parcels from Hamburg to their owners", "returned lost parcels from Hamburg to their owners"),
    ("consistently high NPS scores", "consistently high NPS scores"),
    ("3 years as her own boss", "spent 3 years as her own boss"),
    ("managed the day to day running of the clinic", "managed the day to day running of the clinic"),
    ("placed 2nd at state", "placed 2nd at state"),
    ("missed calls that month dropped to 2%", "missed calls that month dropped to 2%"),
])
def test_the_reviews_near_misses_read_as_typed(note, text):
    assert [f.text for f in realise.facts(note)] == [text]


def test_the_reviews_near_misses_in_drafts():
    assert "The hospital discharge app launched in March." in realise.fact_sentences(
        realise.facts("launched in March"), "She", True, "the hospital discharge app")
    assert realise.fact_sentences(realise.facts("shortlisted for the RCN Nurse of the Year award"), "She",
                                  True, "the ward rollout")[0].startswith("She was shortlisted")
    said = [s.sentence for s in say_all(["40k monthly active users", "300 five-star reviews",
                                         "2 on the App Store charts"], "the banking app", "she")[0]]
    assert "The banking app had 40k monthly active users." in said[0] and not any(
        "rating was 2" in s or "carried out" in s for s in said), said
    assert say_all(["Bar Italia open since 1949", "her bakery open since 2019"], None, "she")[0] == []
    rec = _rec("same-team", "she worked for me at Deloitte")
    assert "she worked for me at Deloitte" in rec, rec
    rec = _rec("same-team", "hadn't used Python before but learned it in a month")
    assert "We hadn't" not in rec, rec
    rec = _rec("same-team", "shared a flat with two other nurses")
    assert "We shared" not in rec, rec
    rec = _rec("managed-you", "my report for the board used her model")
    assert "she was my report" not in rec, rec
    request = compose("request", Context.from_dict({**BASE, "channel": "email",
                                                    "project": "the social work team restructure"}), 0)[0]
    assert "social work team restructure" in request, request
    assert realise.project("the London Fashion Week collection").on == "on the London Fashion Week collection"
    assert realise.project("Project Coffee").on == "on Project Coffee"


def test_requests_readers_one_forty_one_and_two_found():
    """A known given name is not a family name; purposes read as meant; an advisor is "my"."""
    from llmdraft.names import greeting
    assert greeting("Mr. Desmond Joseph", formal=True) == "Mr. Joseph"
    assert greeting("Dr. Ssekandi Moses", formal=True) == "Dr. Ssekandi"
    assert realise.purpose("fundraising role").text == "a fundraising role"
    assert realise.purpose("lieutenant promotion board").text == "my lieutenant promotion board"
    followup = compose("followup", Context.from_dict({**BASE, "purpose": "fellowship due next Friday"}), 0)[0]
    assert "My fellowship application is due next Friday." in followup, followup
    request = compose("request", Context.from_dict({**BASE, "relationship": "advisor", "channel": "email",
                                                    "recipient_role": "capstone advisor"}), 0)[0]
    assert "as my capstone advisor" in request, request


@pytest.mark.parametrize("note,text", [
    ("campaign raised EUR 410k", "campaign raised EUR 410k"),
    ("story led to 3 resignations", "story led to 3 resignations"),
    ("deal closed at $1.2B", "deal closed at $1.2B"),
    ("TripAdvisor 4.2 -> 4.8", "the TripAdvisor rating went from 4.2 to 4.8"),
    ("exports to EU started 2020", "exports to the EU started in 2020"),
    ("funds raised by the team", "funds were raised by the team"),
])
def test_what_readers_a_hundred_and_forty_three_and_four_found(note, text):
    """A thing that raised, led or closed did it; a rating went from one figure to another."""
    assert [f.text for f in realise.facts(note)] == [text]


def test_what_readers_a_hundred_and_forty_three_and_four_found_in_drafts():
    """Organisations by name are worked at, units in; typed lower case stays lower case; praise
    typed with a skill is the frame's to give; a strength of staying calm is a clause."""
    on = {p: realise.project(p).on for p in (
        "Pousada Mar Azul", "Midwest Freight Lines", "the Coastal Wetlands Trust",
        "the UN peacekeeping medical detachment in Mali", "the maize yield trials at Cedara",
        "the cyber defense unit", "Operation Sahayata flood relief", "the Operation Bluebird rollout",
        "3rd grade at Escuela San Martín", "Project Atlas")}
    assert on == {
        "Pousada Mar Azul": "at Pousada Mar Azul",
        "Midwest Freight Lines": "at Midwest Freight Lines",
        "the Coastal Wetlands Trust": "at the Coastal Wetlands Trust",
        "the UN peacekeeping medical detachment in Mali": "in the UN peacekeeping medical detachment in Mali",
        "the maize yield trials at Cedara": "on the maize yield trials at Cedara",
        "the cyber defense unit": "in the cyber defense unit",
        "Operation Sahayata flood relief": "during Operation Sahayata flood relief",
        "the Operation Bluebird rollout": "on the Operation Bluebird rollout",
        "3rd grade at Escuela San Martín": "in the 3rd grade at Escuela San Martín",
        "Project Atlas": "on Project Atlas"}
    assert realise.strength("excellent pain management").mine() == "my pain management skills"
    assert realise.strength("great communicator").mine() == "that I'm a great communicator"
    assert realise.strength("reverse osmosis").about("he", "his") == ("own", "his work on reverse osmosis")
    assert realise.strength("staying calm").about("she", "her") == ("clause", "she stayed calm")
    assert realise.strength("staying calm").mine() == "that I stayed calm"  # never "how I stayed"
    assert realise.strength("keeping the team calm").form == "gerund"  # an object: no clause
    assert realise.purpose("applying to be head coach at a high school").text \
        == "applying to be head coach at a high school"
    assert realise.purpose("her application for fellowship director").text \
        == "her application for the fellowship director role"
    rec = _rec("teacher", "", strengths=["research", "asking good questions"])
    assert "good at asking good questions" not in rec, rec
    assert "asking good questions" in rec, rec
    followup = compose("followup", Context.from_dict({**BASE, "purpose": "buy-side interviews next week"}), 0)[0]
    assert "My buy-side interviews are next week." in followup, followup
    notes = [compose("request", Context.from_dict({**BASE, "project": "my capstone",
                                                   "channel": "connection-note"}), v)[0] for v in range(6)]
    assert all("my capstone work" in n and "my capstone," not in n for n in notes), notes  # a
    #   project is not what is recommended


def test_what_readers_a_hundred_and_forty_five_and_six_found():
    """A rank of two words is a title; notes say whose they are or are left out; a follow-up
    to a distant contact never says "since then" (it would point at the yes)."""
    from llmdraft.names import greeting
    assert greeting("Station Officer Gareth Jones", formal=False) == "Gareth"
    assert greeting("Firefighter Dan Kowalczyk", formal=True) == "Firefighter Kowalczyk"
    said = {d: [f.text for f in realise.facts(d)] for d in (
        "later worked with him at Codelco", "coached together 5 seasons", "headcount: 9",
        "meals distributed 2,000/week -> 5,500/week",
        "I managed the practice while she was lead vet, 2019-2023")}
    assert said == {
        "later worked with him at Codelco": ["I later worked with him at Codelco"],
        "coached together 5 seasons": ["we coached together for 5 seasons"],
        "headcount: 9": ["the headcount was 9"],
        "meals distributed 2,000/week -> 5,500/week":
            ["the number of meals distributed went from 2,000 a week to 5,500 a week"],
        "I managed the practice while she was lead vet, 2019-2023":
            ["I managed the practice while she was lead vet from 2019 to 2023"]}
    assert realise.purpose("so I can move into practice management").text \
        == "so I can move into practice management"
    assert realise.purpose("board appointment").text == "a board appointment"
    assert realise.strength("Japanese retail norms").mine() == "my knowledge of Japanese retail norms"
    assert realise.strength("double-checks every label").mine() == "that I double-check every label"
    assert realise.strength("unreal engine").mine() == "my Unreal Engine skills"
    assert realise.project("the Fife youth offending service").on == "in the Fife youth offending service"
    assert realise.project("the county family court").on == "at the county family court"
    for v in range(6):
        followup = compose("followup", Context.from_dict({**BASE, "closeness": "distant",
                                                          "purpose": "USAR transfer panel next month"}), v)[0]
        assert "since then" not in followup and "On timing" not in followup, followup
    request = compose("request", Context.from_dict({**BASE, "project": "my master's thesis",
                                                    "channel": "connection-note"}), 0)[0]
    assert "would do work" not in request, request


def test_the_second_reviews_near_misses():
    """What the review of this round's rules found them doing to inputs they were not for:
    brands typed in lower case, set terms that start with a word of praise, amounts that are
    no counts, a seed that is a seed, "them" that is someone else, a book that is a book."""
    from llmdraft.compose import _tidy
    from llmdraft.realise.note_sentences import sentence
    assert realise.project("an internship at ford").np.endswith("at Ford")
    assert realise.strength("solid waste management").mine() == "my solid waste management"
    assert realise.strength("excellent chef").mine() == "that I'm an excellent chef"
    assert realise.strength("QR codes").mine() == "my work on QR codes"
    facts = {d: [f.text for f in realise.facts(d)] for d in (
        "raised seed germination rates from 70% to 90%", "fees reduced from 3% to 1%",
        "pulled together the bid in 3 days", "worked with them on irrigation", "Sites: 14")}
    assert facts == {
        "raised seed germination rates from 70% to 90%": ["raised seed germination rates from 70% to 90%"],
        "fees reduced from 3% to 1%": ["fees were reduced from 3% to 1%"],
        "pulled together the bid in 3 days": ["pulled together the bid in 3 days"],
        "worked with them on irrigation": ["worked with them on the irrigation"],
        "Sites: 14": ["14 sites"]}
    said = {n: (sentence(n, t, "she") or None) and sentence(n, t, "she").sentence for n, t in (
        ("zero lost time injuries in 3 years", None), ("ROI in excess of 300%", None),
        ("1,200 cases", "the cholera outbreak response"), ("12 site visits", None),
        ("4.7 stars on the App Store", "the gym booking app launch"), ("35 new recipes", None))}
    assert said == {
        "zero lost time injuries in 3 years": "On her watch, there were zero lost time injuries in 3 years.",
        "ROI in excess of 300%": None,
        "1,200 cases": "The cholera outbreak response had 1,200 cases.",
        "12 site visits": "Her work included 12 site visits.",
        "4.7 stars on the App Store": "The App Store rating was 4.7.",
        "35 new recipes": "Her work included 35 new recipes."}
    assert realise.project("Operation Smile surgical mission").on == "on the Operation Smile surgical mission"
    assert realise.project("the 4th grade curriculum rewrite").on == "on the 4th grade curriculum rewrite"
    assert realise.project("the new ferry service").on == "on the new ferry service"
    assert realise.purpose("application for the director").text == "my application for the director"
    assert _tidy("could you recommend my work on my book about Lagos markets?") \
        == "could you recommend my work on my book about Lagos markets?"  # the work, not the book
    assert _tidy("a few lines about my work on my book about Lagos markets would do") \
        == "a few lines about my book about Lagos markets would do"


def test_what_readers_a_hundred_and_forty_seven_and_eight_found():
    """Deeds done to the writer are the person's clauses; a writer's role is a tie; a rate is a
    level reached; "her work on A and B deserves" agrees with "work"."""
    about = {t: realise.strength(t).about("she", "her") for t in (
        "mentored me", "never rattled on night shifts")}
    assert about == {"mentored me": ("clause", "she mentored me"),
                     "never rattled on night shifts": ("clause", "she was never rattled on night shifts")}
    assert [f.text for f in realise.facts("messages processed: 2m a day")] == \
        ["the messages processed reached 2m a day"]
    assert [f.text for f in realise.facts("I supervised her PhD 2019-2023")] == \
        ["I supervised her PhD from 2019 to 2023"]
    assert realise.project("la crèche Les Petits Pas").on == "at la crèche Les Petits Pas"
    assert realise.project("the pizzeria").on == "at the pizzeria"
    rec = _rec("managed-you", "I was her engagement partner; 3 audits", strengths=["risk assessment"])
    assert rec.split(". ")[0].endswith("and I was her engagement partner"), rec
    rec = _rec("managed-you", "", strengths=["parent partnerships", "observations and assessments"])
    assert " deserve a mention" not in rec, rec


def test_what_readers_a_hundred_and_forty_nine_and_fifty_found():
    """A pronoun takes no article, an amount in millions no "a"; a time put first moves after
    its deed; a grant in a currency code is "a" grant; "rammed earth" is a technique."""
    facts = {d: [f.text for f in realise.facts(d)] for d in (
        "grew it from 8 to 60 residents", "raised ₦40 million", "during COVID got 90 students home",
        "secured NOK 4.2m Research Council grant")}
    assert facts == {"grew it from 8 to 60 residents": ["grew it from 8 to 60 residents"],
                     "raised ₦40 million": ["raised ₦40 million"],
                     "during COVID got 90 students home": ["got 90 students home during COVID"],
                     "secured NOK 4.2m Research Council grant": ["secured a NOK 4.2m Research Council grant"]}
    assert realise.strength("rammed earth construction").about("he", "his") \
        == ("at", "rammed earth construction")  # never "he rammed earth construction"
    assert realise.strength("trust with families").about("she", "her") == ("at", "earning trust with families")
    assert realise.strength("airworthiness").about("she", "her") == ("in", "airworthiness")
    assert realise.project("under-14 netball program at St Brigid's").on \
        == "on the under-14 netball program at St Brigid's"



def test_what_readers_a_hundred_and_forty_nine_to_fifty_two_found():
    """A first of its kind and when it came; a share of a thing was done to it and agrees with
    the thing; "certified 6G welder" is who he was; a purpose under way is said as under way, an
    application is mine; a grade keeps its number's capital; an acronym said as a word takes
    "a"; things worked with are never owned; a record typed "always perfect" is a clause."""
    facts = {d: [f.text for f in realise.facts(d)] for d in (
        "first audited accounts in 2022", "85% of labour hired locally",
        "90% of patients seen within 4 hours", "first harvest sold out in 2021",
        "top 2% in the state board exam", "certified 6G welder", "40 growers; most of them women",
        "6 students with IEPs; introduced text-to-speech for 3 of them")}
    assert facts == {
        "first audited accounts in 2022": ["the first audited accounts came in 2022"],
        "85% of labour hired locally": ["85% of labour was hired locally"],
        "90% of patients seen within 4 hours": ["90% of patients were seen within 4 hours"],
        "first harvest sold out in 2021": ["first harvest sold out in 2021"],
        "top 2% in the state board exam": ["ranked in the top 2% in the state board exam"],
        "certified 6G welder": ["was a certified 6G welder"],
        "40 growers; most of them women": ["40 growers", "most of them women"],
        "6 students with IEPs; introduced text-to-speech for 3 of them":
            ["introduced text-to-speech for 3 of the 6 students with IEPs"]}
    purposes = {p: realise.purpose(p) for p in (
        "moving to a shore-based ops job", "for a Fulbright application", "MBA round 2",
        "SENCO training place", "Band 7 specialist pharmacist application", "promotion board in april")}
    assert {p: found.text for p, found in purposes.items()} == {
        "moving to a shore-based ops job": "a shore-based ops job",
        "for a Fulbright application": "my Fulbright application",
        "MBA round 2": "my MBA application in round 2",
        "SENCO training place": "a SENCO training place",
        "Band 7 specialist pharmacist application": "my Band 7 specialist pharmacist application",
        "promotion board in april": "my promotion board in April"}
    about = {t: realise.strength(t).about("he", "his") for t in (
        "assistive tech", "Zendesk macros", "paperwork always perfect", "zero incidents",
        "milking parlour upgrade", "I never missed a filing deadline in four years")}
    assert about == {
        "assistive tech": ("own", "his work with assistive tech"),
        "Zendesk macros": ("own", "his work with Zendesk macros"),
        "paperwork always perfect": ("clause", "his paperwork was always perfect"),
        "zero incidents": ("clause", "there were zero incidents on his watch"),
        "milking parlour upgrade": ("own", "his work on the milking parlour upgrade"),
        "I never missed a filing deadline in four years":
            ("clause", "he never missed a filing deadline in four years")}
    on = {p: realise.project(p).on for p in (
        "Bodega Santa Clara export program", "renewals for the mid-market segment",
        "admissions and financial aid at AUB", "the Copenhagen biobank", "the 3rd Battalion logistics cell",
        "admissions file review for fall 2024", "rural telehealth pilot, Ashanti region",
        "north sea rig turnaround")}
    assert on == {
        "Bodega Santa Clara export program": "on the Bodega Santa Clara export program",
        "renewals for the mid-market segment": "on renewals for the mid-market segment",
        "admissions and financial aid at AUB": "in admissions and financial aid at AUB",
        "the Copenhagen biobank": "at the Copenhagen biobank",
        "the 3rd Battalion logistics cell": "in the 3rd Battalion logistics cell",
        "admissions file review for fall 2024": "on the admissions file review for fall 2024",
        "rural telehealth pilot, Ashanti region": "on the rural telehealth pilot in the Ashanti region",
        "north sea rig turnaround": "on the North Sea rig turnaround"}
    assert realise.role("Senior Engineer, JAXA") == "a senior engineer at JAXA"
    assert realise.role("Medical Director, ICU") == "Medical Director of the ICU"


def test_the_writers_distance_and_post_and_a_timing_note_read_as_said():
    """"we haven't spoken much since" is the distant line, said once; "I supervised her for 3
    years as charge nurse" keeps the post the writer's; "interview is on Monday" is mine; "the
    restaurant wants it by Friday"; a second "I'm hoping" gives way; a credential is no
    instance; two million words translated with a strength in translation are his."""
    rec = _rec("managed-you", "we haven't spoken much since; 2 million words translated",
               pronouns="he", strengths=["legal translation"], closeness="distant")
    assert "We haven't spoken much since then, but I remember" in rec and rec.count("since") == 1, rec
    assert re.search(r"\b(?:he|He) translated 2 million words\.", rec), rec
    rec = _rec("managed-you", "I supervised her for 3 years as charge nurse",
               project="the pediatric ward at Korle Bu")
    assert rec.startswith("For 3 years, ") and ", when I was charge nurse." in rec.split("\n")[0], rec
    rec = _rec("managed-you", "certified 6G welder", pronouns="he", strengths=["welding"])
    assert re.search(r"(?<![,:] )He was a certified 6G welder\.", rec), rec
    for purpose, said in (("interview is on Monday", "My interview is on Monday."),
                          ("restaurant wants it by Friday", "The restaurant wants it by Friday.")):
        ctx = Context.from_dict({**BASE, "channel": "email", "purpose": purpose, "days_since": 10})
        assert said in compose("followup", ctx, 0)[0]
    for variant in range(6):
        ctx = Context.from_dict({**BASE, "channel": "email", "purpose": "my PhD applications"})
        message = compose("request", ctx, variant)[0]
        assert not re.search(r"I'm hoping[^.?]*[.?] I'm hoping", message), message
    ctx = Context.from_dict({**BASE, "recipient": "Brandon 'Breezy' Cole", "greet_as": "Breezy",
                             "project": "Breezy's Twitch channel", "channel": "email", "days_since": 9})
    assert "your Twitch channel" in compose("followup", ctx, 0)[0]


def test_what_readers_a_hundred_and_fifty_three_and_four_found():
    """A job or a machine as a strength is their work; a rank is where they finished; "always
    the one who ..." is who they were; a measure of a thing takes "was"; a grade is the work's;
    an area and venues are what the work covered; work of a kind in a place takes no "the"; a
    note split by a lower-case sentence is two notes; "closes 1 June" is when applications
    close; a deadline in brackets is no reader's business."""
    about = {t: realise.strength(t).about("she", "her") for t in (
        "barista", "forklift", "top 3 in a class of 120", "always the one who said what everyone was thinking")}
    assert about == {"barista": ("own", "her work as a barista"), "forklift": ("own", "her forklift work"),
                     "top 3 in a class of 120": ("clause", "she finished in the top 3 in a class of 120"),
                     "always the one who said what everyone was thinking":
                         ("clause", "she was always the one who said what everyone was thinking")}
    assert realise.strength("team player").about("she", "her") == ("clause", "she is a team player")
    facts = {d: [(f.form, f.text) for f in realise.facts(d)] for d in (
        "47 km of pipeline inspected", "graded distinction",
        "She secured a $2.1M Global Fund grant. screened 85,000 people",
        "ECD Level 5 completed while working full time", "400 pipelines moved, 0 data loss incidents")}
    assert facts == {
        "47 km of pipeline inspected": [("clause", "47 km of pipeline was inspected")],
        "graded distinction": [("passive", "awarded a distinction")],
        "She secured a $2.1M Global Fund grant. screened 85,000 people":
            [("clause", "She secured a $2.1M Global Fund grant"), ("past", "screened 85,000 people")],
        "ECD Level 5 completed while working full time": [("deed", "completed ECD Level 5 while working full time")],
        "400 pipelines moved, 0 data loss incidents": [("clause", "400 pipelines were moved with 0 data loss incidents")]}
    from llmdraft.realise.note_sentences import count_sentence
    assert [count_sentence(n, "the festival", "his") for n in ("140,000 sq ft", "40 venues")] == \
        ["The work covered 140,000 sq ft.", "The work covered 40 venues."]
    assert [realise.project(p).on for p in ("Lviv IT outsourcing", "Kibera youth mentoring",
                                            "Eglinton Crosstown signalling")] == \
        ["on Lviv IT outsourcing", "on Kibera youth mentoring", "on the Eglinton Crosstown signalling project"]
    rec = _rec("advisor", "", pronouns="he", purpose="PhD applications in the US (deadlines in December)")
    assert "deadline" not in rec.lower() and "PhD applications in the US" in rec, rec
    ctx = Context.from_dict({**BASE, "channel": "email", "purpose": "WHO internship, closes 1 June",
                             "days_since": 40})
    assert "Applications close on 1 June." in compose("followup", ctx, 0)[0]
    rec = _rec("senior-to-you", "we worked together 2016-2018 and haven't spoken much since",
               pronouns="he", closeness="distant")
    first = rec.split("\n")[0]
    assert "spoken" not in first and "We haven't spoken much since then, but" in rec, rec


def test_what_readers_a_hundred_and_fifty_five_and_six_found():
    """Moving a thing somewhere is named as the move; an audit was passed; a rate's measure went
    from one figure to another; a rise from apprentice is the person's; people a pilot served; a
    school by its name is worked at; an award and a role model are who they were; a clause with
    its own subject keeps it; "launch checklists" are things; "during cutover" takes "the"; a
    finance close is no application deadline."""
    facts = {d: [(f.form, f.text) for f in realise.facts(d)] for d in (
        "audit passed first time", "claims handled per day 120 -> 310",
        "apprentice to licensed journeyman in 4 years", "zero downtime during cutover")}
    assert facts == {
        "audit passed first time": [("clause", "the audit was passed first time")],
        "claims handled per day 120 -> 310": [("clause", "claims handled per day went from 120 to 310")],
        "apprentice to licensed journeyman in 4 years":
            [("past", "went from apprentice to licensed journeyman in 4 years")],
        "zero downtime during cutover": [("noun", "zero downtime during the cutover")]}
    rec = _rec("client", "finished a month ahead", pronouns="he",
               project="migrating our data warehouse to Snowflake")
    assert "The migration finished a month ahead." in rec, rec
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("1,200 borrowers", "the Rio favela microcredit pilot", "his") == \
        "The pilot served 1,200 borrowers."
    assert realise.project("Oakwood Primary").on == "at Oakwood Primary"
    about = {t: realise.strength(t).about("he", "his") for t in (
        "apprentice of the year", "role model", "kids actually ate the vegetables", "fast")}
    assert about == {"apprentice of the year": ("clause", "he was named apprentice of the year"),
                     "role model": ("clause", "he was a role model"),
                     "kids actually ate the vegetables": ("clause", "kids actually ate the vegetables"),
                     "fast": ("clause", "he works fast")}
    assert realise.strength("launch checklists").item() == "Launch checklists"
    ctx = Context.from_dict({**BASE, "channel": "email", "project": "quarter-end close",
                             "details": "close went from 10 days to 6"})
    message = compose("request", ctx, 0)[0]
    assert "Applications close" not in message and "the close went from 10 days to 6" in message, message
    from llmdraft.names import greeting
    assert [greeting(n, True) for n in ("Sr. Mary Clare Byrne", "Sr. Maria Goretti", "Sr. Mary of the Cross")] \
        == ["Sister Mary Clare", "Sister Maria Goretti", "Sister Mary of the Cross"]


def test_the_third_reviews_near_misses():
    """What the review of readers 149-156's rules found them doing to inputs they were not for:
    a deed with its object is no piece of work; people's doings after "always" are clauses; "as"
    and "new" are no credential; a count marked or sold is a deed; "no one" keeps its verb; an
    agent named is no deed of theirs; "a" agrees; "eye for data" is theirs; a student's post is
    now; a business keeps its name; a board meets; a PTA has a chair; "over the years"."""
    about = {t: realise.strength(t).about("she", "her") for t in (
        "leading the ERP rollout", "patients always felt heard", "eye for data",
        "never a missed deadline", "skilled welder", "calm in emergency situations")}
    assert about == {"leading the ERP rollout": ("at", "leading the ERP rollout"),
                     "patients always felt heard": ("clause", "patients always felt heard"),
                     "eye for data": ("own", "her eye for data"),
                     "never a missed deadline": ("in", "never a missed deadline"),
                     "skilled welder": ("clause", "she is a skilled welder"),
                     "calm in emergency situations": ("clause", "she is calm in emergency situations")}
    facts = {d: [f.text for f in realise.facts(d)] for d in (
        "qualified as chartered accountant", "licensed new distributor", "sold to 40 new accounts in Q1",
        "marked 120 mock exams", "evacuated 300 people, no one was hurt", "first author in 2022",
        "3 clinics; all of them rated good", "saved the dept. over $2M", "no one complained")}
    assert facts == {"qualified as chartered accountant": ["qualified as chartered accountant"],
                     "licensed new distributor": ["licensed the new distributor"],
                     "sold to 40 new accounts in Q1": ["sold to 40 new accounts in Q1"],
                     "marked 120 mock exams": ["marked 120 mock exams"],
                     "evacuated 300 people, no one was hurt": ["evacuated 300 people", "no one was hurt"],
                     "first author in 2022": ["was first author in 2022"],
                     "3 clinics; all of them rated good": ["3 clinics", "all of them rated good"],
                     "saved the dept. over $2M": ["saved the department over $2M"],
                     "no one complained": ["no one complained"]}
    from llmdraft.realise.facts import Fact
    assert Fact("led emergency evacuation of 3 wards", "past").mended().text == \
        "led an emergency evacuation of 3 wards"
    assert Fact("achieved accuracy of 99%", "past").mended().text == "achieved accuracy of 99%"
    rec = _rec("managed-you", "60 staff were trained by external consultants", strengths=["staff training"])
    assert "She trained 60 staff" not in rec, rec
    rec = _rec("advisor", "", recipient_role="Assistant Professor at MIT", project="her PhD")
    assert ", an assistant professor at MIT," not in rec, rec  # "Sam, now an ...," where named
    rec = _rec("managed-you", "I mentored her for 2 years as a new graduate")
    assert "when I was a new graduate" not in rec, rec
    from llmdraft.names import to_reader
    assert to_reader("on Tony's Pizza relaunch", "Tony Russo") == "on Tony's Pizza relaunch"
    for purpose, said in (("Fellowship application, closing date 1 June", "Applications close on 1 June."),
                          ("nonprofit director role, board meets 14 March", "The board meets 14 March.")):
        ctx = Context.from_dict({**BASE, "channel": "email", "purpose": purpose, "days_since": 10})
        assert said in compose("followup", ctx, 0)[0]
    assert [realise.role(r) for r in ("Chair, PTA", "Head, HR")] == ["Chair of the PTA", "Head of HR"]
    from llmdraft.realise.words import clean, indefinite
    assert clean("mentored juniors over the yrs") == "mentored juniors over the years"
    assert [indefinite(w) for w in ("NAACP award", "SENCO post")] == ["an NAACP award", "a SENCO post"]
    assert [realise.project(p).on for p in ("the hydrogen fuel cell", "ward rounds", "AW24 collections")] \
        == ["on the hydrogen fuel cell", "on ward rounds", "on the AW24 collections"]
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("300 boats", "the Southampton Boat Show", "her") == \
        "The Southampton Boat Show had 300 boats."
    assert count_sentence("4 hotels", "the hotel group", "her") == "The hotel group had 4 hotels."


def test_what_readers_a_hundred_and_fifty_five_to_eight_found_again():
    """"at 3 a.m." keeps its stop, once; "cut app start time" is the app start time; a
    Japanese family name typed first is greeted with -san in a formal letter."""
    for kind, channel in (("recommendation", "recommendation"), ("request", "email")):
        ctx = Context.from_dict({**BASE, "channel": channel, "pronouns": "she",
                                 "strengths": ["troubleshooting at 3 a.m.", "SQL"]})
        message = compose(kind, ctx, 0)[0]
        assert "3 a.m." in message and "a.m.." not in message and "a.m " not in message, message
    assert [f.text for f in realise.facts("cut app start time from 4s to 1.2s")] == \
        ["cut the app start time from 4s to 1.2s"]
    from llmdraft.names import greeting
    assert [greeting("Yamamoto Kenji", formal) for formal in (True, False)] == ["Yamamoto-san", "Kenji"]
    assert greeting("Kenji Yamamoto", True) != "Kenji-san"


def test_what_readers_a_hundred_and_fifty_seven_and_eight_found():
    """A grant by its code is "a" grant; a noun's years and minutes are spelt out; a disease's
    name owns nothing; legal aid in a place is work of a kind; the years of a tie sit before
    "while at different companies"; "yield" is a measure; "front-end" is development; an aunty
    keeps her title; the sender's own project is "my"."""
    facts = {d: [f.text for f in realise.facts(d)] for d in (
        "secured $450k NIH R21", "3 joint papers 2019-2022", "door-to-doc 48 -> 22 min")}
    assert facts == {"secured $450k NIH R21": ["secured a $450k NIH R21"],
                     "3 joint papers 2019-2022": ["3 joint papers from 2019 to 2022"],
                     "door-to-doc 48 -> 22 min": ["door-to-doctor time went from 48 to 22 minutes"]}
    assert realise.notes("yield 82% -> 91%") == ["Yield went from 82% to 91%"]
    assert [realise.project(p).on for p in ("Vienna Alzheimer's imaging trial", "Amman refugee legal aid")] \
        == ["on the Vienna Alzheimer's imaging trial", "on Amman refugee legal aid"]
    rec = _rec("different-companies", "we worked together 2015-2016", pronouns="he",
               project="the Valencia social housing retrofit")
    first = rec.split(". ")[0]
    assert "from 2015 to 2016" in first and not re.search(r"while at different companies from", first), rec
    assert realise.strength("front-end").about("she", "her") == ("at", "front-end development")
    from llmdraft.names import greeting
    assert [greeting("Aunty Grace Mensah", formal) for formal in (True, False)] == ["Aunty Grace"] * 2
    ctx = Context.from_dict({**BASE, "sender": "Mateo Rossi", "project": "Mateo's thesis film",
                             "channel": "email"})
    message, _ = compose("request", ctx, 0)
    assert "Mateo's" not in message and "my thesis film" in message, message


def test_what_readers_a_hundred_and_fifty_nine_and_sixty_found():
    """A friend is said warmly, never as a disclaimer; a count that rose is no "number of ...
    went"; a bare rating is the rating; "through the 2019 drought"; "mentored undergrads" is a
    deed; "our startup Tarla" is its name, not a place."""
    for variant in range(6):
        for relationship in ("same-team", "teacher"):
            rec = compose("recommendation", Context.from_dict({
                **BASE, "channel": "recommendation", "relationship": relationship, "pronouns": "she",
                "closeness": "close"}), variant)[0]
            assert not re.search(r"(?i)changes none|regardless|either way|exactly the same if", rec), rec
            assert re.search(r"lucky|glad to have|enjoyed|enjoyable|rewarding", rec), rec  # warm, and no
            #   friendship nobody typed (readers 163-166)
            assert "friend" not in rec, rec
    assert [f.text for f in realise.facts("beds increased from 20 to 45")] == ["beds increased from 20 to 45"]
    assert [f.text for f in realise.facts("flock kept at 1,200 head through 2019 drought")] == \
        ["flock was kept at 1,200 head through the 2019 drought"]
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("4.7 rating", "the app", "his") == "The rating was 4.7."
    assert realise.strength("mentored undergrads").about("she", "her") == ("clause", "she mentored undergrads")
    assert realise.project("our startup Tarla").np == "our startup Tarla"
    assert realise.project("the clinic Nairobi").np == "the clinic in Nairobi"


def test_what_readers_a_hundred_and_sixty_one_and_two_found():
    """A project typed as a note with where or for whom after a comma, a dash, a slash or in
    brackets is joined as a phrase; a close friend is "he", never "him", after an opening
    phrase; work done to a thing that stood is the work's ("The renovation came in under
    budget"); a registry of patients covers them; "$12M raised" was raised; "2022 cohort" is
    the cohort they were in; a co-author is a co-author."""
    on = {typed: realise.project(typed).on for typed in (
        "customs clearance, Port of Valencia", "MPH thesis / KEMRI", "MSc thesis, nitrate",
        "series A fundraise (Kirana Tech)", "Karachi flood relief supply chain (2022)",
        "landing page copy for Ualá's growth campaigns (freelance)", "cardiac step-down unit, LUTH",
        "regional tax restructuring (Vietnam/Singapore)", "kitchen remodel business (Doyle & Sons)",
        "HVAC service calls, Thompson Mechanical", "Thompson Mechanical", "the local desk, Malmö",
        "Ward 7B, St Thomas' Hospital", "the ERP migration (Atlas)", "my lab")}
    assert on == {
        "customs clearance, Port of Valencia": "on the customs clearance at the Port of Valencia",
        "MPH thesis / KEMRI": "on the MPH thesis at KEMRI",
        "MSc thesis, nitrate": "on my MSc thesis on nitrate",
        "series A fundraise (Kirana Tech)": "on the series A fundraise at Kirana Tech",
        "Karachi flood relief supply chain (2022)": "on the Karachi flood relief supply chain in 2022",
        "landing page copy for Ualá's growth campaigns (freelance)":
            "on the landing page copy for Ualá's growth campaigns",
        "cardiac step-down unit, LUTH": "in the cardiac step-down unit at LUTH",
        "regional tax restructuring (Vietnam/Singapore)":
            "on the regional tax restructuring across Vietnam and Singapore",
        "kitchen remodel business (Doyle & Sons)": "at Doyle & Sons",
        "HVAC service calls, Thompson Mechanical": "on the HVAC service calls at Thompson Mechanical",
        "Thompson Mechanical": "at Thompson Mechanical",
        "the local desk, Malmö": "on the local desk in Malmö",
        "Ward 7B, St Thomas' Hospital": "on Ward 7B at St Thomas' Hospital",
        "the ERP migration (Atlas)": "on the ERP migration (Atlas)",  # its short name
        "my lab": "in my lab"}
    for variant in range(6):
        rec = compose("recommendation", Context.from_dict({
            **BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": "he",
            "closeness": "close"}), variant)[0]
        assert not re.search(r"(?:^|[.,] )(?:[Hh]im|[Hh]er|[Tt]hem) (?:also|became|has|had|is|was)\b",
                             rec), rec
    def said(details, thing):
        return realise.fact_sentences(realise.facts(details), "He", True, thing=thing)
    assert said("came in under budget by 8%", "renovating the Kraków tenement") == \
        ["The renovation came in under budget by 8%."]
    assert said("mapped 3,000 affected properties in 48 hrs", "the county flood response") == \
        ["The team mapped 3,000 affected properties in 48 hours."]
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("registry of 45,000 patients", "the Chennai diabetes registry", "her") == \
        "The Chennai diabetes registry covered 45,000 patients."
    assert count_sentence("2022 cohort", "the clinic", "his") == "He was in the 2022 cohort."
    assert count_sentence("40 million rows", "the ERP data migration", "his") == \
        "The work covered 40 million rows."
    assert [f.text for f in realise.facts("$12M raised")] == ["$12M was raised"]
    assert [f.text for f in realise.facts("campaign raised EUR 410k")] == ["campaign raised EUR 410k"]
    assert [f.text for f in realise.facts("co-author on 1 paper")] == ["was a co-author on one paper"]
    assert realise.strength("patient comfort").about("she", "her")[1] == "putting patient comfort first"


def test_what_readers_a_hundred_and_sixty_one_and_two_found_again():
    """Notes typed as shorthand are said in full ("a festival", "next Tuesday", "at age 12",
    "on the ward", "to the regional final", "as a master's student", "despite the port
    strike"); a year range is no change; "now teaches" has its subject; "predicted A*" was
    predicted; a rate one person keeps up with is theirs; the work's span after a deed of the
    person's is the work's as a whole; the recipient named in a request's details is "you"; a
    title's department takes "of"; a purpose's field in brackets is "in" it."""
    from llmdraft.realise.words import clean
    assert [clean(t) for t in ("200 volunteers/festival", "interview next tues",
                               "started as my piano student age 12", "5 years on ward",
                               "led VEX team to regional final", "2 years as master's student",
                               "opened on time despite port strike", "worked as charge nurse",
                               "from sun to shade")] == [
        "200 volunteers a festival", "interview next Tuesday", "started as my piano student at age 12",
        "5 years on the ward", "led VEX team to the regional final", "2 years as a master's student",
        "opened on time despite the port strike", "worked as charge nurse", "from sun to shade"]
    assert realise.notes("zero lost-time incidents 2019-2023")[0] == "Zero lost-time incidents from 2019 to 2023"
    said = realise.fact_sentences(realise.facts("now teaches 15 kids himself; predicted A*"), "He", True,
                                  thing="the school")
    assert said == ["He was predicted an A*.", "He now teaches 15 kids himself."], said
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("about 6 calls a day", "Thompson Mechanical", "his") == \
        "He handled about 6 calls a day."
    assert count_sentence("30,000 parcels a day", "the hub", "his") == "The work handled 30,000 parcels a day."
    rec = _rec("managed-you", "trained 2 new techs; 3 years", pronouns="he")
    assert "That work spanned" not in rec and "In all, the work spanned 3 years." in rec, rec
    message, _ = compose("request", Context.from_dict({
        **BASE, "recipient": "Mike Doyle", "details": "apprentice under mike 2022-2024",
        "channel": "email"}), 0)
    assert "under you" in message and "under mike" not in message.lower(), message
    assert realise.role("Deputy Director, Digital Services") == "Deputy Director of Digital Services"
    assert realise.purpose("PhD applications (epidemiology)").text == "PhD applications in epidemiology"
    assert realise.purpose("applying for full-time PE teacher job").text == \
        "applying for a full-time PE teacher job"
    rec = _rec("managed-you", "front office manager; trained 25 new hires",
               recipient_role="Front Office Manager", project="pre-opening of Hotel Casa Azul")
    assert rec.count("front office manager") == 1 and "point to" not in rec, rec
    rec = _rec("advisor", "I advised for 8 months", project="the Kirana Tech series A")
    assert "I advised for" not in rec and re.search(r"(?i)8 months", rec), rec


def test_what_readers_a_hundred_and_sixty_one_and_two_found_a_third_time():
    """Asides, offers and notes to oneself typed as details are never listed as details; a tool
    in brackets after a strength is "in" it; a field's relations are the field; a firm named
    before its kind is "the" firm; work on a function is work of a kind; a student's thesis is
    theirs; a sum never starts a sentence."""
    def request(details, kind="request"):
        return compose(kind, Context.from_dict({**BASE, "details": details, "channel": "email"}), 0)[0]
    said = request("3 new kitchens; (she handled all donor relations, I did routes)")
    assert "(she handled" not in said and "3 new kitchens" in said, said
    said = request("cut costs by 20%; happy to send a draft she can edit", "followup")
    assert "I'd be happy to send a draft you can edit." in said, said
    said = request("cut costs by 20%; happy to send a draft if that helps", "followup")
    assert "I'd be happy to send a draft if that helps." in said and "- Happy to" not in said, said
    said = request("he said yes over coffee last month; cut costs by 20%", "followup")
    assert "said yes over coffee" not in said, said
    said = request("he was opposing... no, he was co-counsel from the other firm; cut costs by 20%")
    assert "opposing" not in said and "co-counsel" in said, said
    assert realise.strength("backend (Go)").about("he", "his")[1] == "backend development in Go"
    assert realise.strength("client-facing in French and Arabic").about("he", "his")[1] == \
        "his client-facing work in French and Arabic"
    assert realise.strength("donor relations").about("he", "his")[1] == "his work in donor relations"
    assert {t: realise.project(t).on for t in (
        "labor cases at SyCip law firm", "refugee legal aid in Kakuma", "ONG Techo",
        "seed-stage fintech in Ahmedabad", "Lagos hospitality group", "kitchen + two bathrooms")} == {
        "labor cases at SyCip law firm": "on the labor cases at the SyCip law firm",
        "refugee legal aid in Kakuma": "on refugee legal aid in Kakuma",
        "ONG Techo": "at ONG Techo",
        "seed-stage fintech in Ahmedabad": "at the seed-stage fintech in Ahmedabad",
        "Lagos hospitality group": "at the Lagos hospitality group",
        "kitchen + two bathrooms": "on the kitchen and two bathrooms"}
    rec = _rec("teacher", "", project="the MPH thesis on HIV adherence")
    assert "her MPH thesis on HIV adherence" in rec, rec
    rec = _rec("same-team", "€2.4M awarded; 7 partners", project="the Horizon Europe bid")
    assert "In all, €2.4M was awarded." in rec, rec
    from llmdraft.realise.words import clean
    assert clean("you advised us 3 months in 2023") == "you advised us for 3 months in 2023"
    assert clean("built the checklist, used hospital-wide since 2023") == \
        "built the checklist, which has been used hospital-wide since 2023"


def test_what_readers_a_hundred_and_sixty_one_and_two_found_last():
    """What the reader did is recalled to them ("To jog your memory, you ran ..."), never
    offered "in case it is useful"; a purpose with a clause of its own is never asked "with ...
    in mind"; what a fellowship's timing says is due is the application; a count of what the
    project is named for is what the work covered."""
    for variant in range(6):
        said = compose("request", Context.from_dict({
            **BASE, "details": "she ran audits at 22 factories for us", "channel": "email"}), variant)[0]
        assert "you ran audits at 22 factories" in said and not re.search(
            r"(?i)(?:in case|if) (?:it|specifics|a detail)[^.\n]*, you ran", said), said
        said = compose("request", Context.from_dict({
            **BASE, "purpose": "for my profile before we start the series B process",
            "channel": "email"}), variant)[0]
        assert "process in mind" not in said, said
    said = compose("followup", Context.from_dict({
        **BASE, "purpose": "Fogarty fellowship, due Feb 1", "channel": "email"}), 0)[0]
    assert "It is due" not in said and "application is due Feb 1" in said, said
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("14 mini-grids", "the solar mini-grid rollout in Turkana", "their") == \
        "The work covered 14 mini-grids."


def test_the_fourth_reviews_near_misses():
    """What a reviewer found this session's rules caught that they were not written for: a
    place or a month that is the recipient's name, a note about someone else saying yes,
    "years ago", a writer's own background, a rate's slash in a compound, "sat" and "SAT", a
    tool or a season after a project's dash, a role's firm, a rebrand's outcome, a team's
    members, a plant's rate, a gateway's "now", a budget rate, "such as", certificates in
    brackets, patient relations, a possessive firm and "happy to report"."""
    from llmdraft.names import to_reader
    from llmdraft.realise.words import clean
    assert to_reader("shipping medical aid to Jordan", "Jordan Blake") == "shipping medical aid to Jordan"
    assert to_reader("applications due by June 15", "June Park") == "applications due by June 15"
    assert to_reader("worked with grace under pressure", "Grace Lee") == "worked with grace under pressure"
    assert [clean(t) for t in (
        "you taught me 10 years ago at Lincoln", "coached them two years in a row",
        "Moved to Nairobi in 2014, taught since 2016 at Brookhouse", "kept the nurse/patient ratio at 1:4",
        "which she last sat in 2019", "her last SAT", "until Sun bought it", "tools such as student portals",
        "as well as student services", "the launch nearly failed... actually, you saved it",
        "on ward duty 5 nights")] == [
        "you taught me 10 years ago at Lincoln", "coached them two years in a row",
        "Moved to Nairobi in 2014, taught since 2016 at Brookhouse", "kept the nurse/patient ratio at 1:4",
        "which she last sat in 2019", "her last SAT", "until Sun bought it", "tools such as student portals",
        "as well as student services", "the launch nearly failed... actually, you saved it",
        "on ward duty 5 nights"]
    assert {t: realise.project(t).on for t in (
        "ERP rollout - SAP", "website relaunch / SEO", "data warehouse migration - AWS",
        "the pitch deck - Series A", "holiday campaign - Black Friday", "store migration (Shopify/Klaviyo)",
        "the research paper, co-author", "hiring sprint - Engineering",
        "the restructuring at McKinsey's healthcare practice", "the new lab", "the campus media group")} == {
        "ERP rollout - SAP": "on the ERP rollout (SAP)",
        "website relaunch / SEO": "on the website relaunch / SEO",
        "data warehouse migration - AWS": "on the data warehouse migration to AWS",
        "the pitch deck - Series A": "on the pitch deck (Series A)",
        "holiday campaign - Black Friday": "on the holiday campaign (Black Friday)",
        "store migration (Shopify/Klaviyo)": "on the store migration (Shopify/Klaviyo)",
        "the research paper, co-author": "on the research paper (co-author)",
        "hiring sprint - Engineering": "on hiring sprint - Engineering",
        "the restructuring at McKinsey's healthcare practice":
            "on the restructuring project at McKinsey's healthcare practice",
        "the new lab": "on the new lab", "the campus media group": "in the campus media group"}
    assert realise.role("Senior Manager, KPMG Advisory Services") == "a senior manager at KPMG Advisory Services"
    assert realise.role("Associate Professor, NUS") == "an associate professor at NUS"
    assert realise.purpose("PhD applications (second round)").text != "PhD applications in second round"
    assert "a gold" not in realise.purpose("going for gold and the open position").text

    def said(details, thing, subject="She"):
        return realise.fact_sentences(realise.facts(details), subject, True, thing=thing)
    assert said("sold out every weekend that summer", "rebranding the Harbour Hotel") == \
        ["The Harbour Hotel sold out every weekend that summer."]
    assert said("now handles 2M requests a day", "the Rust rewrite of our API gateway")[0].startswith("The ")
    from llmdraft.realise.note_sentences import count_sentence
    assert count_sentence("team of 35 reps", "the Lagos sales team", "her") != "The Lagos sales team covered 35 reps."
    assert count_sentence("90 tonnes a day", "the Rotterdam recycling plant", "her") != "She handled 90 tonnes a day."
    assert not said("$40 per head budget kept for 3 years", "the canteen")[0].startswith("In all")
    assert realise.strength("project management (PMP)").about("she", "her")[1] == "project management (PMP)"
    assert realise.strength("patient relations").about("she", "her")[1] == "her relations with patients"

    def request(details, kind="request"):
        return compose(kind, Context.from_dict({**BASE, "details": details, "channel": "email"}), 0)[0]
    assert "the client said yes to a 3-year renewal" in request("the client said yes to a 3-year renewal")
    said_ = request("happy to report the clinic is now profitable")
    assert "the happy to" not in said_ and "I'd be happy to report" not in said_ and "the clinic is now profitable" in said_
    assert "I led the 2019 audit of 14 branches" in request("(led the 2019 audit of 14 branches)")
    rec = _rec("teacher", "I taught in the same department for 10 years")
    assert "taught her in the same department" not in rec, rec


def test_what_readers_a_hundred_and_sixty_three_and_four_found():
    """A count of pours is no clause; telegrams get their articles ("after the redesign", "with
    the team", "in the Northern Territory", "at the NZ Screen Awards"); an arrow between places
    is "from ... to"; a gerund purpose with a particle is an activity; a note's ", published at"
    was published; a dash's topic after a stage; a unit's name after a dash."""
    rec = _rec("managed-you", "3 concrete pours; 0 lost-time incidents; crew of 12")
    assert "3 concrete pours." not in rec, rec
    from llmdraft.realise.words import clean
    assert [clean(t) for t in ("conversion went up 11% after redesign", "labelled 10k x-rays with team",
                               "a nursing program in Northern Territory", "nominated at NZ Screen Awards 2022",
                               "exports for our winery (Barossa -> China)", "before launch day")] == [
        "conversion went up 11% after the redesign", "labelled 10k x-rays with the team",
        "a nursing program in the Northern Territory", "nominated at the NZ Screen Awards 2022",
        "exports for our winery from Barossa to China", "before launch day"]
    assert realise.purpose("building up my freelance dev profile").text == "building up my freelance dev profile"
    assert [f.text for f in realise.facts("thesis on Urdu sentiment analysis, published at LREC 2022")] == \
        ["thesis on Urdu sentiment analysis was published at LREC 2022"]
    assert {t: realise.project(t).on for t in (
        "Cambridge postdoc - crop genomics project", "Royal Engineers - bridging troop in Bosnia",
        "Accra Mall renovation - MEP package", "ski resort hotel, Chamonix - winter 2022/23")} == {
        "Cambridge postdoc - crop genomics project": "during the Cambridge postdoc on crop genomics",
        "Royal Engineers - bridging troop in Bosnia": "on the Royal Engineers bridging troop in Bosnia",
        "Accra Mall renovation - MEP package": "on the Accra Mall renovation MEP package",
        "ski resort hotel, Chamonix - winter 2022/23": "at the ski resort hotel in Chamonix in winter 2022/23"}
    assert realise.project("Zuidas office tower - facade engineering").on == \
        "on facade engineering for the Zuidas office tower"
    assert realise.project("SANDF peacekeeping logistics project, DRC").on == \
        "on the SANDF peacekeeping logistics project in the DRC"
    assert realise.project("the launch - phase two").on == "on the launch (phase two)"  # no topic
    assert "He earned a distinction." in _rec("teacher", "distinction; 240 plots", pronouns="he")


def test_what_readers_a_hundred_and_sixty_five_and_six_found():
    """A project typed "Org - the work" or "Place - the work" is the work at, for or in it; a
    name after the dash is the organisation's own; trade work by its letters is the work for
    it; a matter's dash is its subject; a role after the dash stays as typed; "Your
    Excellency" is the whole salutation; a note of when they said they would do it is never
    recalled to them."""
    assert {t: realise.project(t).on for t in (
        "Chennai SaaS startup - data team", "Santiago creative agency - Falabella campaign",
        "Manchester nursery - Little Acorns", "Mexico City - brand identity for Mezcal Luna",
        "Enel - smart meter data platform", "Samsung Bac Ninh - SMT line qualification",
        "Ministry of Energy - Chile green hydrogen strategy", "Penang port expansion - EIA",
        "tax dispute - cross-border VAT", "Royal Engineers - bridging troop in Bosnia",
        "Quito coworking startup - community manager")} == {
        "Chennai SaaS startup - data team": "on the data team at the Chennai SaaS startup",
        "Santiago creative agency - Falabella campaign":
            "on the Falabella campaign at the Santiago creative agency",
        "Manchester nursery - Little Acorns": "at Little Acorns (a Manchester nursery)",
        "Mexico City - brand identity for Mezcal Luna": "on the brand identity for Mezcal Luna in Mexico City",
        "Enel - smart meter data platform": "on the smart meter data platform for Enel",
        "Samsung Bac Ninh - SMT line qualification": "on the SMT line qualification at Samsung Bac Ninh",
        "Ministry of Energy - Chile green hydrogen strategy":
            "on the Chile green hydrogen strategy at the Ministry of Energy",
        "Penang port expansion - EIA": "on the EIA for the Penang port expansion",
        "tax dispute - cross-border VAT": "on the tax dispute on cross-border VAT",
        "Royal Engineers - bridging troop in Bosnia": "on the Royal Engineers bridging troop in Bosnia",
        "Quito coworking startup - community manager":
            "in the community manager role at the Quito coworking startup"}
    said = compose("request", Context.from_dict({**BASE, "greet_as": "Your Excellency", "channel": "email"}), 0)[0]
    assert said.startswith("Your Excellency,") and "Dear Your" not in said, said
    said = compose("followup", Context.from_dict({
        **BASE, "details": "she said she'd have it done after her mission to Belgrade", "channel": "email"}), 0)[0]
    assert "Belgrade" not in said, said



def test_closeness_is_said_as_typed_never_as_a_claim():
    """A close tie is the pleasure of working closely, never a friendship nobody typed; a
    distant one is that the two are not in close touch, never a time since that nobody typed
    (readers 163-166)."""
    for variant in range(6):
        for kind, relationship in (("recommendation", "teacher"), ("recommendation", "same-team"),
                                   ("request", "managed-you"), ("followup", "managed-you")):
            for closeness in ("close", "distant"):
                said = compose(kind, Context.from_dict({
                    **BASE, "relationship": relationship, "pronouns": "she", "closeness": closeness,
                    "channel": "recommendation" if kind == "recommendation" else "email"}), variant)[0]
                assert not re.search(r"(?i)\bfriend|\b(?:some |a )?(?:while|time) (?:has |have )?(?:passed|gone by|since)"
                                     r"|long stretch|since we (?:last|worked)|out of touch", said), said



def test_a_name_after_a_preposition_is_never_a_subject():
    """"with Sipho was" is "with him was", never "with he was" (a close line, this session)."""
    for pronouns in ("she", "he", "they"):
        for variant in range(6):
            rec = compose("recommendation", Context.from_dict({
                **BASE, "channel": "recommendation", "relationship": "managed-you", "pronouns": pronouns,
                "closeness": "close"}), variant)[0]
            assert not re.search(r"\b(?:with|to|for|of|by) (?:she|he|they)\b", rec), rec


def test_what_readers_a_hundred_and_sixty_seven_and_eight_found():
    """A project typed as a deed is the work, said with its gerund; a stage's label before a
    colon is what it was on; a slash between two names is never "across"."""
    assert {t: realise.project(t).on for t in (
        "ran the AML transaction monitoring tuning at HSBC Sydney",
        "helped build the underwriting rules engine", "capstone: container port simulation",
        "ANA / Lufthansa codeshare ops", "Led Zeppelin tribute tour")} == {
        "ran the AML transaction monitoring tuning at HSBC Sydney":
            "while running the AML transaction monitoring tuning at HSBC Sydney",
        "helped build the underwriting rules engine": "while helping build the underwriting rules engine",
        "capstone: container port simulation": "on the capstone on container port simulation",
        "ANA / Lufthansa codeshare ops": "on the ANA / Lufthansa codeshare ops project",
        "Led Zeppelin tribute tour": "on the Led Zeppelin tribute tour"}


def test_what_readers_a_hundred_and_sixty_seven_and_eight_found_again():
    """Projects typed as notes with an organisation first, or with two separators, are joined
    one tail at a time; work of a kind takes no "the"; a trade after a name is no organisation;
    a role after a dash is a role; notes' shorthand is said in full; a method is one's use of
    it; the supervisor's own word for a student's PhD is "her"."""
    assert {t: realise.project(t).on for t in (
        "Coal India - mine closure plan, Jharia", "Tata Power - rooftop solar sales",
        "Nestlé Nigeria - sourcing sorghum", "Fiji resort group - F&B",
        "K-Bio Ventures, due diligence on 3 biotech startups", "Accra food bank, volunteer drive",
        "Die Zeit - science section, vaccine explainer series",
        "postdoc in my lab, Univ. of Melbourne - malaria vaccine adjuvants",
        "CAR-T manufacturing process transfer, Basel to Songdo", "Novartis vendor - lab data migration",
        "BRAC microfinance - digital loan app", "coffee cooperative export certification - Huila",
        "Comedor San José soup kitchen, Lima", "cold chain audit, Copenhagen airport",
        "dispatch software at FedEx Memphis hub", "Irish Independent - newsroom CMS migration",
        "Westfield High School - ninth grade team", "UNILAG - teaching assistant for ECO 101",
        "Lagos hospitality group - guest app", "Sumitomo Mitsui Trust / joint ESG reporting")} == {
        "Coal India - mine closure plan, Jharia": "on the mine closure plan at Coal India in Jharia",
        "Tata Power - rooftop solar sales": "in rooftop solar sales at Tata Power",
        "Nestlé Nigeria - sourcing sorghum": "on sourcing sorghum at Nestlé Nigeria",
        "Fiji resort group - F&B": "in F&B at the Fiji resort group",
        "K-Bio Ventures, due diligence on 3 biotech startups":
            "on the due diligence on 3 biotech startups at K-Bio Ventures",
        "Accra food bank, volunteer drive": "on the volunteer drive at the Accra food bank",
        "Die Zeit - science section, vaccine explainer series":
            "on the vaccine explainer series in the science section at Die Zeit",
        "postdoc in my lab, Univ. of Melbourne - malaria vaccine adjuvants":
            "during the postdoc on malaria vaccine adjuvants in my lab at the University of Melbourne",
        "CAR-T manufacturing process transfer, Basel to Songdo":
            "on the CAR-T manufacturing process transfer from Basel to Songdo",
        "Novartis vendor - lab data migration": "on the lab data migration for Novartis",
        "BRAC microfinance - digital loan app": "on the digital loan app for BRAC microfinance",
        "coffee cooperative export certification - Huila":
            "on the coffee cooperative export certification in Huila",
        "Comedor San José soup kitchen, Lima": "at the Comedor San José soup kitchen in Lima",
        "cold chain audit, Copenhagen airport": "on the cold chain audit at Copenhagen Airport",
        "dispatch software at FedEx Memphis hub": "on the dispatch software at the FedEx Memphis hub",
        "Irish Independent - newsroom CMS migration": "on the newsroom CMS migration at the Irish Independent",
        "Westfield High School - ninth grade team": "on the ninth grade team at Westfield High School",
        "UNILAG - teaching assistant for ECO 101": "in the teaching assistant role for ECO 101 at UNILAG",
        "Lagos hospitality group - guest app": "on the guest app at the Lagos hospitality group",
        "Sumitomo Mitsui Trust / joint ESG reporting": "on joint ESG reporting at the Sumitomo Mitsui Trust"}
    assert [realise.clean(t) for t in (
        "12 tonnes food distributed in Dec", "~EUR 1.2M/yr saved", "mapped 2m hectares",
        "in 9 months instead of planned 14", "go-live Jan 2023 on schedule", "a role at a mining co",
        "team of 10~15 nurses", "Doyle & Co")] == [
        "12 tonnes of food distributed in December", "about EUR 1.2M a year saved",
        "mapped 2 million hectares", "in 9 months instead of the planned 14",
        "go-live in Jan 2023 on schedule", "a role at a mining company", "team of 10~15 nurses",
        "Doyle & Co"]
    assert realise.fact_sentences(realise.facts("~EUR 1.2M/yr saved")) == \
        ["In all, about EUR 1.2M a year was saved."]
    assert {t: realise.strength(t).about("she", "her") for t in (
        "reproducible R code", "reading groups", "Chicago style", "restorative discipline",
        "meticulous documentation", "self discipline", "clinical practice")} == {
        "reproducible R code": ("at", "writing reproducible R code"),
        "reading groups": ("at", "running reading groups"),
        "Chicago style": ("own", "her command of Chicago style"),
        "restorative discipline": ("own", "her use of restorative discipline"),
        "meticulous documentation": ("own", "her meticulous documentation"),
        "self discipline": ("own", "her self discipline"),
        "clinical practice": ("in", "clinical practice")}
    assert realise.strength("agile").mine() == "how agile I am"  # a quality, as typed (review)
    assert [realise.purpose(t).text for t in (
        "apply for shift supervisor", "apply for funding", "job offer pending references")] == [
        "to apply for a shift supervisor role", "to apply for funding",
        "I have a job offer that is waiting on references"]
    phd = {**BASE, "recipient": "Meenakshi Rao", "pronouns": "she", "relationship": "teacher",
           "project": "PhD - sugarcane drought tolerance"}
    said = compose("recommendation", Context.from_dict({**phd, "channel": "recommendation"}), 0)[0]
    assert "her PhD on sugarcane drought tolerance" in said and "the PhD" not in said, said
    asked = compose("request", Context.from_dict({**phd, "channel": "email"}), 0)[0]
    assert "my PhD on sugarcane drought tolerance" in asked and "the PhD" not in asked, asked
    senior = Context.from_dict({**BASE, "recipient_role": "Operations Manager", "channel": "email",
                                "relationship": "senior-to-you"})
    assert "my operations manager" not in " ".join(compose("request", senior, v)[0] for v in range(6))
    team = {**BASE, "recipient": "Zanele Dube", "pronouns": "she", "relationship": "managed-you",
            "closeness": "close", "channel": "recommendation"}
    for variant in range(6):
        said = compose("recommendation", Context.from_dict(team), variant)[0]
        assert said.lower().count("any team") <= 1, said


def test_what_readers_a_hundred_and_sixty_five_and_six_left():
    """A dash no rule joins is said in brackets, never pasted; standards are no course codes;
    volunteers are a team; "led 3 pitches, won 2" is one deed; a deed done "himself" is his;
    a purpose's comma splice is one clause."""
    assert {t: realise.project(t).on for t in (
        "Hanoi metro line 3 - cost control", "litigation - class action defence",
        "Thesis - Czech coal phase-out", "the Lagos 2019 - 2021 program", "IFRS 17 implementation, AXA",
        "Warsaw district heating SCADA upgrade", "Joburg hospice volunteers",
        "Nollywood post-production house")} == {
        "Hanoi metro line 3 - cost control": "on the Hanoi metro line 3 (cost control project)",
        "litigation - class action defence": "on the litigation (class action defence)",
        "Thesis - Czech coal phase-out": "on the thesis (Czech coal phase-out)",
        "the Lagos 2019 - 2021 program": "on the Lagos 2019 - 2021 program",
        "IFRS 17 implementation, AXA": "on the IFRS 17 implementation at AXA",
        "Warsaw district heating SCADA upgrade": "on the Warsaw district heating SCADA upgrade",
        "Joburg hospice volunteers": "on the Joburg hospice volunteer team",
        "Nollywood post-production house": "at the Nollywood post-production house"}
    assert [f.text for f in realise.facts("led 3 pitches, won 2; trained 30 staff, hired 4 more")] == \
        ["led 3 pitches and won 2", "trained 30 staff", "hired 4 more"]
    assert [realise.clean(t) for t in ("ran rota for 80 volunteers", "managed budget of $2M",
                                       "ran budget reviews")] == \
        ["ran the rota for 80 volunteers", "managed a budget of $2M", "ran budget reviews"]
    assert [realise.purpose(t).text for t in (
        "going self-employed, want it on my profile", "raising pre-seed, want credibility on my profile",
        "want a rec from someone I managed")] == [
        "going self-employed", "raising pre-seed and want credibility on my profile",
        "I want a recommendation from someone I managed"]
    ctx = Context.from_dict({**BASE, "recipient": "Luis García", "pronouns": "he", "relationship": "managed-you",
                             "project": "Corona campaign", "channel": "recommendation",
                             "details": "led 3 pitches, won 2; stayed late to rework the final cut himself"})
    said = compose("recommendation", ctx, 0)[0]
    assert "campaign stayed late" not in said and "He won 2." not in said and "and won 2" in said, said


def test_what_reader_a_hundred_and_sixty_three_left():
    """A calling is no project; a stage and its school in brackets are what it was; a place
    and its season after a comma; a region's compass letters; an internship's field; a story
    after a dash is cut, never joined; named days keep their capitals."""
    assert {t: realise.project(t).on for t in (
        "ICU nursing, CHU Bordeaux", "2nd Battalion logistics", "wind turbine blade fatigue (postdoc, TUM)",
        "hotel front desk, Chamonix winter season", "NHS ambulance service, NE England",
        "M2 internship geotechnical monitoring", "MSc placement", "website relaunch - which took forever",
        "F&B relaunch Boston")} == {
        "ICU nursing, CHU Bordeaux": "in ICU nursing at CHU Bordeaux",
        "2nd Battalion logistics": "in 2nd Battalion logistics",
        "wind turbine blade fatigue (postdoc, TUM)": "during the postdoc on wind turbine blade fatigue at TUM",
        "hotel front desk, Chamonix winter season":
            "at the hotel front desk in Chamonix during the winter season",
        "NHS ambulance service, NE England": "in the NHS ambulance service in NE England",
        "M2 internship geotechnical monitoring": "during the M2 internship in geotechnical monitoring",
        "MSc placement": "during the MSc placement",
        "website relaunch - which took forever": "on the website relaunch",
        "F&B relaunch Boston": "on the F&B relaunch in Boston"}
    assert realise.fact_sentences(realise.facts("we did 400 covers on bastille day")) == \
        ["We did 400 covers on Bastille Day."]


def test_the_fifth_reviews_near_misses_and_reader_169():
    """The session's note rules, held back where they over-matched (review), and reader 169's
    notes joined: a state's letters, a place and its region, a list of names stays as typed;
    a role needs an organisation; bodies keep "the"; a stage keeps its article; a city's civic
    place is in it; a person or a tool before a comma is no employer; months are names too."""
    assert {t: realise.project(t).on for t in (
        "store launch, Austin, TX", "Austin, TX - store launch", "Nairobi, Kenya - water project",
        "warehouse audit, Toronto, ON", "Nairobi - sales manager", "Siemens - digital assistant",
        "The Economist - podcast", "Canada Post - parcel lockers", "World Bank - project evaluation",
        "PhD - risk analysis", "Henderson job", "Social Media", "John Smith, kitchen renovation",
        "Python, data pipeline", "our London, Paris, Milan shows", "roadshow, Delhi, Mumbai, Pune",
        "Acme Corp - Q3 launch - EMEA", "band tour, Back to Black", "Kampala NGO - water project",
        "Toronto - community food bank", "Stellenbosch wine farm - cellar", "Kyoto ryokan - kitchen",
        "high school robotics club - volunteer mentors", "MBA - Fundação Getulio Vargas",
        "Escuela Rural 47, Oaxaca - literacy program", "carpet export business - Tabriz to Germany",
        "Osaka plant line audit / Q3 2022", "Classmates at Sharif University - civil engineering",
        "primary care clinic (rural), Queensland", "kitchen remodel crew, Thompson Builders (Ohio)",
        "dairy cooperative training, Nyeri county", "Muscat airport expansion, HVAC subcontract",
        "solar mini-grid installs - Mali (Sikasso)", "rural e-learning pilot, Yunnan - county schools",
        "cocoa farmer cooperative - Ashanti region, certification")} == {
        "store launch, Austin, TX": "on the store launch in Austin, TX",
        "Austin, TX - store launch": "on the store launch in Austin, TX",
        "Nairobi, Kenya - water project": "on the water project in Nairobi, Kenya",
        "warehouse audit, Toronto, ON": "on the warehouse audit in Toronto, ON",
        "Nairobi - sales manager": "in the sales manager role in Nairobi",  # a town; "Google - product
        #   manager" is at the firm (second review, reader 173)
        "Siemens - digital assistant": "on the digital assistant for Siemens",
        "The Economist - podcast": "on the podcast at The Economist",
        "Canada Post - parcel lockers": "on the parcel lockers at Canada Post",
        "World Bank - project evaluation": "on the project evaluation at the World Bank",
        "PhD - risk analysis": "during the PhD on risk analysis",
        "Henderson job": "on the Henderson job", "Social Media": "on Social Media",
        "John Smith, kitchen renovation": "on the kitchen renovation at John Smith",  # a firm's
        #   name is read as a firm ("John Lewis"), a person's too (second review)
        "Python, data pipeline": "on the Python, data pipeline",
        "our London, Paris, Milan shows": "on our London, Paris, Milan shows",
        "roadshow, Delhi, Mumbai, Pune": "on the roadshow, Delhi, Mumbai, Pune",
        "Acme Corp - Q3 launch - EMEA": "on the Q3 launch at Acme Corp across EMEA",
        "band tour, Back to Black": "on the band tour (Back to Black)",
        "Kampala NGO - water project": "on the water project at the Kampala NGO",
        "Toronto - community food bank": "at the community food bank in Toronto",
        "Stellenbosch wine farm - cellar": "on the cellar at the Stellenbosch wine farm",
        "Kyoto ryokan - kitchen": "in the kitchen at the Kyoto ryokan",
        "high school robotics club - volunteer mentors":
            "on the volunteer mentor team at the high school robotics club",
        "MBA - Fundação Getulio Vargas": "in the MBA at Fundação Getulio Vargas",
        "Escuela Rural 47, Oaxaca - literacy program": "on the literacy program at Escuela Rural 47 in Oaxaca",
        "carpet export business - Tabriz to Germany": "at the carpet export business from Tabriz to Germany",
        "Osaka plant line audit / Q3 2022": "on the Osaka plant line audit in Q3 2022",
        "Classmates at Sharif University - civil engineering": "in civil engineering at Sharif University",
        "primary care clinic (rural), Queensland": "at the rural primary care clinic in Queensland",
        "kitchen remodel crew, Thompson Builders (Ohio)": "on the kitchen remodel crew at Thompson Builders in Ohio",
        "dairy cooperative training, Nyeri county": "on the dairy cooperative training in Nyeri County",
        "Muscat airport expansion, HVAC subcontract": "on the HVAC subcontract for the Muscat airport expansion",
        "solar mini-grid installs - Mali (Sikasso)": "on the solar mini-grid installs in Sikasso, Mali",
        "rural e-learning pilot, Yunnan - county schools": "on the rural e-learning pilot in county schools in Yunnan",
        "cocoa farmer cooperative - Ashanti region, certification":
            "on the certification at the cocoa farmer cooperative in the Ashanti region"}
    assert [realise.clean(t) for t in (
        "handover from Jan to Pieter", "mentored by Jun at Sony", "from Sep to Dec", "in dec and jan",
        "saved 30% time", "Smith and co", "rather than scheduled maintenance")] == [
        "handover from Jan to Pieter", "mentored by Jun at Sony", "from September to December",
        "in December and January", "saved 30% time", "Smith and co", "rather than scheduled maintenance"]
    assert {t: realise.strength(t).about("she", "her") for t in (
        "Power BI dashboards", "role models", "strong relationships", "legacy code", "criminal justice",
        "fiscal discipline", "Socratic style")} == {
        "Power BI dashboards": ("at", "building Power BI dashboards"),
        "role models": ("own", "her work on role models"),
        "strong relationships": ("own", "her strong relationships"),
        "legacy code": ("own", "her work on legacy code"), "criminal justice": ("in", "criminal justice"),
        "fiscal discipline": ("own", "her fiscal discipline"), "Socratic style": ("own", "her Socratic style")}
    assert realise.purpose("offer subject to visa").text == "I have an offer that is waiting on a visa"
    assert realise.fact_sentences(realise.facts("ISO 9001 achieved")) == ["ISO 9001 was achieved."]
    boss = Context.from_dict({**BASE, "recipient_role": "Senior Manager", "channel": "email",
                              "relationship": "managed-you"})
    assert any("my senior manager" in compose("request", boss, v)[0] for v in range(6))
    offer = Context.from_dict({**BASE, "channel": "email", "purpose": "a job offer from Shell, due next Monday"})
    assert "My application" not in " ".join(compose("request", offer, v)[0] for v in range(6))


def test_what_readers_a_hundred_and_sixty_nine_and_seventy_found():
    """A project typed as a sentence is its work; nominations are earned; a rollout is taken to
    its sites; a film is selected; a round is led by its investor; a regulator takes "the"; a
    thing by its letters takes "the"; a department after a title's comma is "of"; a named
    event's PR is worked on; a student surveyed their own households; no "no rush" after a
    date; "HR needs it" keeps its subject."""
    assert {t: realise.project(t).on for t in (
        "he was our architect on the new library in Valencia", "she ran our front desk",
        "our accounting firm did her bakery's books for 6 years", "Web Summit sponsorship sales",
        "Milan fashion week PR")} == {
        "he was our architect on the new library in Valencia": "on the new library in Valencia",
        "she ran our front desk": "while running our front desk",
        "our accounting firm did her bakery's books for 6 years": "on doing her bakery's books for 6 years",
        "Web Summit sponsorship sales": "on Web Summit sponsorship sales",
        "Milan fashion week PR": "on Milan fashion week PR"}
    said = {t: realise.fact_sentences(realise.facts(t)) for t in (
        "IPO raised £650m; prospectus approved by FCA first time", "400-page EIA delivered 2 weeks early",
        "raised $28m led by Sequoia", "14 cases; 9 granted asylum")}
    assert said == {
        "IPO raised £650m; prospectus approved by FCA first time":
            ["The IPO raised £650m.", "The prospectus was approved by the FCA first time."],
        "400-page EIA delivered 2 weeks early": ["The 400-page EIA was delivered 2 weeks early."],
        "raised $28m led by Sequoia": ["I raised $28m in a round led by Sequoia."],
        "14 cases; 9 granted asylum": ["9 of the 14 cases were granted asylum."]}
    assert realise.role("Director, Regulatory Reporting") == "Director of Regulatory Reporting"
    assert realise.purpose("applying for quant risk roles in Singapore").text == \
        "applying for quant risk roles in Singapore"
    assert {t: realise.strength(t).about("he", "his") for t in (
        "big picture", "QA process", "disciplined study habits")} == {
        "big picture": ("own", "his big-picture thinking"),
        "QA process": ("own", "his work on the QA process"),
        "disciplined study habits": ("own", "his disciplined study habits")}
    base = {**BASE, "recipient": "Carlos Ruiz", "pronouns": "he", "channel": "recommendation"}
    film = compose("recommendation", Context.from_dict({
        **base, "relationship": "different-companies", "project": "documentary on water rights in Andalusia",
        "details": "shot in 22 days; selected for San Sebastián; 2 RTS award nominations"}), 0)[0]
    assert "The documentary was selected for San Sebastián." in film and "He was selected" not in film \
        and "won the 2" not in film, film
    rollout = compose("recommendation", Context.from_dict({
        **base, "relationship": "client", "project": "Lagos state e-procurement rollout",
        "details": "rolled out to 23 MDAs in 8 months"}), 0)[0]
    assert "He reached" not in rollout and "took the rollout to 23 MDAs" in rollout, rollout
    thesis = compose("recommendation", Context.from_dict({
        **base, "relationship": "teacher", "project": "MPhil thesis on mobile money adoption in Ghana",
        "details": "surveyed 1,200 households in 3 regions"}), 0)[0]
    assert "He surveyed 1,200 households" in thesis, thesis
    for variant in range(6):
        due = compose("followup", Context.from_dict({
            **BASE, "channel": "email", "details": "HR needs it by the 15th"}), variant)[0]
        assert "HR needs it by the 15th." in due and "The HR" not in due, due
        assert not re.search(r"(?i)no rush|has to wait", due), due


def test_reader_a_hundred_and_sixty_nine_left():
    """"can troubleshoot anything" is what he can do; "dept" and "Univ." are said in full, and
    the checks still find them; a strength typed with "yrs" is covered by "years"."""
    able = realise.strength("can troubleshoot anything")
    assert (able.about("he", "his"), able.mine()) == (
        ("clause", "he can troubleshoot anything"), "that I can troubleshoot anything")
    assert realise.clean("county road maintenance dept; Seoul National Univ. seminar") == \
        "county road maintenance department; Seoul National University seminar"
    ctx = Context.from_dict({**BASE, "recipient": "Dave Kowalski", "pronouns": "he", "relationship": "managed-you",
                             "project": "county road maintenance dept", "channel": "recommendation",
                             "strengths": ["he was never late to a job in 4 yrs"]})
    said = compose("recommendation", ctx, 0)[0]
    failed = [c.name for c in run_checks("recommendation", ctx, said) if not c.passed and c.severity == "error"]
    assert not failed and "department" in said, (failed, said)


def test_what_readers_a_hundred_and_seventy_one_and_two_found():
    """Projects typed as notes with a firm, a place, years, a line or a role in them are joined
    as English; a deed's "helped us set up" is the setting up; strengths and details keep whose
    they are; a student writes of a supervisor as one, never as "a manager"."""
    assert {t: realise.project(t).on for t in (
        "you helped us set up the first solar microgrid pilot in Sohar",
        "helped localise our mobile banking app for the Japanese market",
        "payments fraud model @ Razorpay (Bengaluru), 2021-23", "fraud model - Razorpay",
        "board packs, Welsh Water", "audit FY22 - Grupo Andino (Lima)",
        "electrical fit-out, Riverside apartments (Leeds)", "WASH programme - northern Ghana",
        "Seoul Metro signalling upgrade / Line 2", "Class action vs. Harbor Mutual (2020)",
        "teaching assistant for intro statistics (2 semesters)",
        "open-source maintainer, Kubernetes SIG-Docs", "Beirut port blast trauma response (Aug 2020)",
        "São Paulo diabetes clinic research", "Sydney hospital rostering", "MFW backstage",
        "monolith→microservices at Flipkart", "water project, Nairobi", "Lviv IT outsourcing",
        "website relaunch / SEO", "Milan fashion week PR")} == {
        "you helped us set up the first solar microgrid pilot in Sohar":
            "on setting up the first solar microgrid pilot in Sohar",
        "helped localise our mobile banking app for the Japanese market":
            "while helping localise our mobile banking app for the Japanese market",
        "payments fraud model @ Razorpay (Bengaluru), 2021-23":
            "on the payments fraud model at Razorpay in Bengaluru from 2021 to 2023",  # a town (towns.txt)
        "fraud model - Razorpay": "on the fraud model at Razorpay",
        "board packs, Welsh Water": "on the board packs at Welsh Water",
        "audit FY22 - Grupo Andino (Lima)": "on the FY22 audit at Grupo Andino in Lima",
        "electrical fit-out, Riverside apartments (Leeds)":
            "on the electrical fit-out at Riverside apartments in Leeds",
        "WASH programme - northern Ghana": "in the WASH programme in northern Ghana",
        "Seoul Metro signalling upgrade / Line 2": "on the Seoul Metro signalling upgrade on Line 2",
        "Class action vs. Harbor Mutual (2020)": "on the class action against Harbor Mutual in 2020",
        "teaching assistant for intro statistics (2 semesters)":
            "in the teaching assistant role for intro statistics for 2 semesters",
        "open-source maintainer, Kubernetes SIG-Docs": "in the open-source maintainer role at Kubernetes SIG-Docs",
        "Beirut port blast trauma response (Aug 2020)": "on the Beirut port blast trauma response in August 2020",
        "São Paulo diabetes clinic research": "on the São Paulo diabetes clinic research",
        "Sydney hospital rostering": "in rostering at a Sydney hospital",  # a line of work at an unnamed body (reader 197)
        "MFW backstage": "backstage at MFW",
        "monolith→microservices at Flipkart": "on the monolith-to-microservices migration at Flipkart",
        "water project, Nairobi": "on the water project in Nairobi",
        "Lviv IT outsourcing": "on Lviv IT outsourcing",  # a line of work, as before
        "website relaunch / SEO": "on the website relaunch / SEO",
        "Milan fashion week PR": "on Milan fashion week PR"}
    assert realise.strength("Azure").mine() == "my Azure skills"
    assert [realise.strength(t).item() for t in (
        "mentored me", "volunteered his weekends", "she taught me SQL")] == [
        "Mentored you", "Volunteered my weekends", "You taught me SQL"]
    assert realise.strength("volunteered his weekends").mine() == "how I volunteered my weekends"
    assert realise.strength("deadline-proof").about("she", "her") == ("clause", "she is deadline-proof")
    assert realise.strength("mobile dev").mine() == "my mobile development skills"
    assert realise.strength("traumatised children").about("she", "her") == (
        "own", "her work with traumatised children")
    assert realise.strength("support").about("she", "her") == ("own", "the support she gave")
    said = lambda raw, thing=None: realise.fact_sentences(realise.facts(raw), "I", thing=thing)  # noqa: E731
    assert said("opened 2 new clinics, 2020 and 2022") == ["I opened 2 new clinics in 2020 and 2022."]
    assert said("bookings +27% summer 2023") == ["Bookings went up 27% in summer 2023."]
    assert said("cut close from 10 days to 6") == ["I cut the close from 10 days to 6."]
    assert said("model served 4M txns/day") == ["The model served 4M transactions a day."]
    assert said("moved in 3 weekends, zero downtime", "the Dublin office move") == [
        "We moved in 3 weekends with zero downtime."]
    assert said("raised COP 450M in one night", "the Bogotá NGO fundraising gala") == [
        "The gala raised COP 450M in one night."]
    assert said("presented at ICML 2023") == ["I presented at ICML 2023."]  # a conference's name
    assert say_all(["Day Zero campaign"], "the water crisis comms", "she")[0] == []  # a name, never "The day had zero"
    assert realise.purpose("staff engineer interviews").text == "my staff engineer interviews"
    greeted = compose("request", Context.from_dict({**BASE, "recipient": "marco bianchi", "greet_as": "marco"}), 0)[0]
    assert greeted.split(",")[0].split()[-1] == "Marco", greeted
    supervisor = compose("recommendation", Context.from_dict({
        **BASE, "recipient": "Prof. Rafael Souza", "project": "my PhD at USP", "pronouns": "he",
        "relationship": "reported-to-you", "recipient_role": "PhD supervisor",
        "strengths": ["rigorous", "generous with time"]}), 0)[0]
    assert supervisor.startswith("Rafael was my PhD supervisor during my PhD at USP."), supervisor
    assert "manager" not in supervisor and "any team" not in supervisor.lower(), supervisor


def test_the_second_reviews_leftovers_of_december():
    """A sentence naming where they worked is that place; an event's trade is a field; a route
    is one name; a workplace word typed first with a capital is no name; a title's department
    goes before it; a purpose's dash is dropped and "next role: team lead" is the role sought."""
    assert {t: realise.project(t).on for t in (
        "she was my manager at Deloitte", "Colleagues at Google", "Cusco tourism - trekking guides",
        "Mumbai - Pune highway project", "Warehouse move", "School of Rock tour", "Phoenix migration",
        "metro extension, signalling tender", "Accra fintech hackathon 2022")} == {
        "she was my manager at Deloitte": "at Deloitte", "Colleagues at Google": "at Google",
        "Cusco tourism - trekking guides": "on the trekking guide team in Cusco tourism",
        "Mumbai - Pune highway project": "on the Mumbai-Pune highway project",
        "Warehouse move": "on the warehouse move", "School of Rock tour": "on the School of Rock tour",
        "Phoenix migration": "on the Phoenix migration",
        "metro extension, signalling tender": "on the signalling tender for the metro extension",
        "Accra fintech hackathon 2022": "at the 2022 Accra fintech hackathon"}
    assert realise.project("our students loved her classes").form != "gerund"
    assert [realise.role(t) for t in ("Analyst, Tax", "Intern - Treasury", "Senior Manager, Finance",
                                      "Director, Finance")] == [
        "a tax analyst", "a treasury intern", "a senior finance manager", "Director of Finance"]
    assert [realise.purpose(t).text for t in ("new job hunt -", "next role: team lead",
                                              "next role is a staff role")] == [
        "my new job hunt", "a team lead role", "a staff role"]
    said = compose("recommendation", Context.from_dict({
        **BASE, "project": "she was my manager at Deloitte", "relationship": "managed-you", "pronouns": "she"}), 0)[0]
    assert said.split(".")[0] in ("I managed Sam at Deloitte", "Sam worked for me at Deloitte"), said


def test_the_third_reviews_over_matches_of_december():
    """The rules of the readers 171-172 change, held back where they over-matched: a shop-floor
    supervisor is no academic; a greeting typed in lower case keeps every word; an arrow is a
    migration only when it names two systems; "vs" is "against" only in a lawsuit; a year is
    moved out of a name only after "built at" an institution; "moved" is the work's only when
    the work is a move."""
    from llmdraft.names import greeting
    assert [greeting("x y", False, g, True) for g in ("daw khin myint", "maria de la cruz", "tanaka-san")] == [
        "Daw Khin Myint", "Maria de la Cruz", "Tanaka-san"]
    shift = compose("recommendation", Context.from_dict({
        **BASE, "relationship": "reported-to-you", "recipient_role": "Shift Supervisor", "pronouns": "he",
        "project": "night shifts at the Leeds DC"}), 0)[0]
    assert "student" not in shift.lower() and "studying" not in shift.lower(), shift
    assert {t: realise.project(t).np for t in (
        "order → cash process redesign", "Jenkins -> GitHub Actions", "Climate Action vs Adaptation modelling",
        "Tesla appeal vs NHTSA", "migration from puppet to chef", "clerk of works", "prepared FY24 budget",
        "ranch work, west Texas", "relocation, Little Rock to Chapel Hill")} == {
        "order → cash process redesign": "the order-to-cash process redesign",
        "Jenkins -> GitHub Actions": "the migration from Jenkins to GitHub Actions",
        "Climate Action vs Adaptation modelling": "the Climate Action vs Adaptation modelling project",
        "Tesla appeal vs NHTSA": "the Tesla appeal vs NHTSA",
        "migration from puppet to chef": "the migration from puppet to chef",
        "clerk of works": "the clerk of works", "prepared FY24 budget": "the prepared FY24 budget",
        "ranch work, west Texas": "the ranch work in West Texas",
        "relocation, Little Rock to Chapel Hill": "the relocation from Little Rock to Chapel Hill"}
    assert realise.project("AWS IAM role").on == "on the AWS IAM role"
    said = lambda raw, thing=None: realise.fact_sentences(realise.facts(raw), "I", thing=thing)  # noqa: E731
    assert said("built for Expo 2020") == ["The project was built for Expo 2020."]
    assert said("moved in 3 weekends", "the warehouse relocation") == ["I moved in 3 weekends."]
    assert said("earned AWS 3 certifications", "the ERP rollout") == ["I earned AWS 3 certifications."]
    assert said("ran Euro 2016 and 2020") == ["I ran Euro 2016 and 2020."]
    assert say_all(["Hospital move Zero patient incidents"], "the hospital move", "she")[0] != []
    assert say_all(["350 employees"], "the startup", "she")[0][0].sentence == "The startup had 350 employees."
    assert realise.clean("cut close to 40% of costs; a senior platform dev at Stripe") == \
        "cut close to 40% of costs; a senior platform dev at Stripe"
    assert realise.strength("rapport with patients").mine() == "my rapport with patients"
    assert realise.strength("Always respected her time").item() == "Always respected her time"
    assert realise.strength("biography").about("she", "her") != ("own", "her biography")


def test_what_reader_a_hundred_and_seventy_four_found():
    """Details keep a journal's initial, their verbs and their owners; projects typed as a
    field, a migration, a degree's dissertation, an internship or a cohort read as English;
    purposes typed as notes get their prepositions."""
    assert realise.notes("thesis grade 1.3; paper submitted to J. Power Sources; test turnaround down from 3 days "
                         "to 40 min") == ["Thesis grade 1.3", "Paper submitted to J. Power Sources",
                                          "Test turnaround went down from 3 days to 40 minutes"]
    said = lambda raw: realise.fact_sentences(realise.facts(raw), "I")  # noqa: E731
    assert said("picks/hr 85 → 140") == ["Picks per hour went from 85 to 140."]
    assert said("$1.2M USAID grant renewed 2019") == ["The $1.2M USAID grant was renewed in 2019."]
    assert said("audited 60+ factories in VN, PL, CN") == ["I audited 60+ factories in Vietnam, Poland, and China."]
    assert said("migrated 14TB over 3 weekends") == ["I migrated 14TB over 3 weekends."]
    assert say_all(["0 LTIs over 1.5M man-hours"], "the metro fit-out", "he")[0][0].sentence == \
        "On his watch, there were zero LTIs over 1.5M man-hours."
    assert {t: realise.project(t).on for t in (
        "MBA study group, INSEAD", "whisky distillery tourism", "fashion week PR", "bank core migration - Finacle",
        "MSc Development Economics, dissertation on mobile money", "internship - marketing",
        "Amman startup accelerator cohort 3", "PhD thesis committee", "summer internship, Goldman Sachs")} == {
        "MBA study group, INSEAD": "in the MBA study group at INSEAD",
        "whisky distillery tourism": "in whisky distillery tourism", "fashion week PR": "on fashion week PR",
        "bank core migration - Finacle": "on the bank core migration to Finacle",
        "MSc Development Economics, dissertation on mobile money":
            "on the dissertation on mobile money for the MSc Development Economics",
        "internship - marketing": "during the marketing internship",
        "Amman startup accelerator cohort 3": "in cohort 3 of the Amman startup accelerator",
        "PhD thesis committee": "on the PhD thesis committee",
        "summer internship, Goldman Sachs": "during the summer internship at Goldman Sachs"}
    assert [realise.purpose(t).text for t in (
        "applying to LSHTM MSc global health", "PhD applications ETH + TU Delft", "MS applications fall 2025",
        "MBB apps due Oct", "manager promotion panel 12 Dec", "fellowship in pediatric emergency medicine, Toronto",
        "biz dev roles")] == [
        "applying to the MSc in global health at LSHTM", "PhD applications to ETH and TU Delft",
        "MS applications for fall 2025", "my MBB applications due in October",
        "my manager promotion panel on 12 December",
        "a fellowship in pediatric emergency medicine in Toronto", "business development roles"]
    for variant in range(6):
        said = compose("request", Context.from_dict({**BASE, "purpose": "interviewing at Stripe next wk"}), variant)[0]
        assert "at the moment" not in said and "Right now" not in said, said


def test_what_reader_a_hundred_and_seventy_three_found():
    """A town before a dash is where the work was, never whom it was for; a firm and a town
    around it are said in that order; the one-word towns come from GeoNames (towns.txt)."""
    from llmdraft import lexicon
    assert [lexicon.town(w) for w in ("Berlin", "Dhaka", "Bangalore", "Samsung", "Mobile", "Deloitte")] == [
        True, True, True, False, False, False]
    assert {t: realise.project(t).on for t in (
        "Berlin - Zalando checkout redesign", "Beirut - pediatric ward, 2018-2020", "Budapest - fraud model, OTP Bank",
        "Kyiv - accounting outsourcing 2019-2022", "Frankfurt - Deutsche Bank, regulatory reporting",
        "Munich, BMW - EV battery test rig", "Enel - smart meter data platform", "Paris, Milan - fashion week shows")} == {
        "Berlin - Zalando checkout redesign": "on the Zalando checkout redesign in Berlin",
        "Beirut - pediatric ward, 2018-2020": "in the pediatric ward in Beirut from 2018 to 2020",
        "Budapest - fraud model, OTP Bank": "on the fraud model at OTP Bank in Budapest",
        "Kyiv - accounting outsourcing 2019-2022": "on accounting outsourcing in Kyiv from 2019 to 2022",
        "Frankfurt - Deutsche Bank, regulatory reporting":
            "on the regulatory reporting project at Deutsche Bank in Frankfurt",
        "Munich, BMW - EV battery test rig": "on the EV battery test rig at BMW in Munich",
        "Enel - smart meter data platform": "on the smart meter data platform for Enel",  # a firm, as before
        "Paris, Milan - fashion week shows": realise.project("Paris, Milan - fashion week shows").on}
    assert "at Milan" not in realise.project("Paris, Milan - fashion week shows").on


def test_reader_a_hundred_and_seventy_three_left():
    """The writer's asides are dropped; a unit after a firm is its unit; shifts are in a ward;
    an event's work is at the event; a timing note gets its verb; a rating reached its mark."""
    assert {t: realise.project(t).on for t in (
        "classmates @ Wharton MBA, consulting club", "Mercado Libre, BI team", "night shifts, ICU @ St Mary's 2021-23",
        "Samsung SDS - cloud migration 2020/21", "PhD supervision, Universidad de Salamanca",
        "PhD, IISc Bangalore (I supervised)", "Shanghai JV - supply chain redesign",
        "Milan Design Week 2023 - stand build", "London Fashion Week - backstage",
        "Trinity College Enactus accelerator 2019-2020")} == {
        "classmates @ Wharton MBA, consulting club": "in the Wharton MBA consulting club",
        "Mercado Libre, BI team": "on the BI team at Mercado Libre",
        "night shifts, ICU @ St Mary's 2021-23": "on the night shifts in the ICU at St Mary's from 2021 to 2023",
        "Samsung SDS - cloud migration 2020/21": "on the cloud migration at Samsung SDS from 2020 to 2021",
        "PhD supervision, Universidad de Salamanca": "during the PhD at Universidad de Salamanca",
        "PhD, IISc Bangalore (I supervised)": "during the PhD at IISc Bangalore",
        "Shanghai JV - supply chain redesign": "on the supply chain redesign at the Shanghai JV",
        "Milan Design Week 2023 - stand build": "on the stand build at Milan Design Week 2023",
        "London Fashion Week - backstage": "backstage at London Fashion Week",
        "Trinity College Enactus accelerator 2019-2020": "on the Trinity College Enactus accelerator (2019-2020)"}
    assert realise.fact_sentences(realise.facts("grew merchants from 1,200 to 9,000 in 18 months")) == [
        "I grew the number of merchants from 1,200 to 9,000 in 18 months."]
    assert say_all(["4.8 app store rating"], "the game", "she")[0][0].sentence == "The app store rating reached 4.8."
    assert realise.strength("calm in launches").about("he", "his") == ("clause", "he is calm during launches")
    assert realise.strength("tidy site").mine() == "how I kept a tidy site"
    assert [realise.purpose(t).text for t in ("applying for WHO consultancy", "civil service fast stream")] == [
        "applying for a WHO consultancy", "my civil service fast stream application"]
    for purpose, said in (("interview loop next week at Stripe", "My interview loop at Stripe is next week."),
                          ("master's application deadline 15 March", "My master's application deadline is 15 March.")):
        followup = compose("followup", Context.from_dict({**BASE, "purpose": purpose, "channel": "email"}), 0)[0]
        assert said in followup, followup


def test_reader_a_hundred_and_seventy_fours_dropped_details():
    """A detail no frame took is said, never dropped: a sum, people given something, a change
    in percentage points, a cadence that changed; a currency's code is no measure."""
    assert [say_all([n], "the Riyadh metro fit-out", "he")[0][0].sentence for n in (
        "SAR 210m package", "NZD 4.5m across 6 islands", "18,000 people with clean water")] == [
        "The package was worth SAR 210m.", "The work was worth NZD 4.5m across 6 islands.",
        "The work gave 18,000 people clean water."]
    said = lambda raw: realise.fact_sentences(realise.facts(raw), "I")  # noqa: E731
    assert said("activation +9pp") == ["Activation went up 9 percentage points."]
    assert said("deploys weekly → daily") == ["Deploys went from weekly to daily."]
    assert said("NZD 4.5m across 6 islands") == []  # listed as typed, never "NZD was 4.5m"


def test_a_close_recommendation_ends_in_three_lines_at_most():
    """A friend's line is an endorsement already: with it, the takeaway is left out, so the
    closing paragraph never stacks four stock lines (readers 173, 174)."""
    for variant in range(6):
        said = compose("recommendation", Context.from_dict({
            **BASE, "closeness": "close", "relationship": "senior-to-you", "pronouns": "she"}), variant)[0]
        last = said.split("\n\n")[-1]
        assert len(re.findall(r"[.!?](?=\s|$)", last)) <= 3, said


def test_a_date_after_a_purpose_is_when_it_is_due():
    """"PhD applications ETH + TU Delft, Dec 15": the date is timing, said with its verb; "apps
    due Oct" is due in October; an "Excel wizard" is one."""
    from llmdraft.compose.common import split_timing
    assert split_timing("PhD applications ETH + TU Delft, Dec 15") == ("PhD applications ETH + TU Delft", "Dec 15")
    said = compose("request", Context.from_dict({**BASE, "channel": "email",
                                                 "purpose": "consulting recruiting, MBB apps due Oct"}), 0)[0]
    assert "My MBB applications are due in October." in said, said
    assert realise.strength("Excel wizard").about("he", "his") == ("clause", "he is an Excel wizard")


def test_reader_a_hundred_and_seventy_five_and_the_second_december_review():
    """A town first and the firm after it, with a comma, are joined in order; a firm, a comma
    and its work is the work at the firm; held back after review: a region is no firm, a firm
    named for a town is a firm, a route joins two towns only, a purpose's date needs a noun
    before it, a purpose's town must be a town, a sentence after a single capital still
    splits ("Series A. Hired"), state codes stay as typed, a lower-case greet_as keeps its
    "O'" and "Mc"."""
    assert {t: realise.project(t).np for t in (
        "Abuja - UNICEF polio campaign, data cleaning", "Lima - Backus brewery, ERP cutover weekend",
        "Shenzhen - supplier audit (Foxconn line 3)", "Ralph Lauren, buying team", "JetBrains, Kotlin compiler team",
        "Samsung Display, OLED yield project (2020)", "Johns Hopkins, surgical ward internship 2022",
        "accenture, data team", "Glasgow, Scotland - shipyard", "Toyota - supply chain audit",
        "Ford - Mustang line", "Porto - Farfetch returns project", "restructuring, Lehman Brothers",
        "Ashfall, our co-op survival game", "Python, data pipeline")} == {
        "Abuja - UNICEF polio campaign, data cleaning": "the data cleaning for the UNICEF polio campaign in Abuja",
        "Lima - Backus brewery, ERP cutover weekend": "the ERP cutover weekend at the Backus brewery in Lima",
        "Shenzhen - supplier audit (Foxconn line 3)": "the supplier audit in Shenzhen (Foxconn line 3)",
        "Ralph Lauren, buying team": "the buying team at Ralph Lauren",
        "JetBrains, Kotlin compiler team": "the Kotlin compiler team at JetBrains",
        "Samsung Display, OLED yield project (2020)": "the OLED yield project at Samsung Display in 2020",
        "Johns Hopkins, surgical ward internship 2022": "the surgical ward internship at Johns Hopkins in 2022",
        "accenture, data team": "the data team at Accenture",
        "Glasgow, Scotland - shipyard": "the shipyard in Glasgow, Scotland",
        "Toyota - supply chain audit": "the supply chain audit for Toyota",
        "Ford - Mustang line": "the Mustang line for Ford",
        "Porto - Farfetch returns project": "the Farfetch returns project in Porto",
        "restructuring, Lehman Brothers": "the restructuring project at Lehman Brothers",
        "Ashfall, our co-op survival game": realise.project("Ashfall, our co-op survival game").np,
        "Python, data pipeline": realise.project("Python, data pipeline").np}
    assert "the our" not in realise.project("Ashfall, our co-op survival game").np
    assert "at Python" not in realise.project("Python, data pipeline").np
    assert [realise.purpose(t).text for t in ("board 5 March", "MBA applications, Harvard", "next job: anything in fintech",
                                              "next role is an MBA", "applying to Google MS program")] == [
        "my board 5 March", "my MBA applications, Harvard", "my next job: anything in fintech",
        "a next role is an MBA", "applying to the Google MS program"]
    assert realise.notes("Closed the Series A. Hired 12 engineers.") == ["Closed the Series A", "Hired 12 engineers"]
    assert realise.clean("opened offices in CA, CO and DE").startswith("opened offices in CA, CO")
    from llmdraft.names import greeting
    assert [greeting("x y", False, g, True) for g in ("o'brien", "mcdonald", "sam (they/them)")] == [
        "O'Brien", "McDonald", "Sam"]
    assert realise.strength("displaced families").mine() == "my work with displaced families"
    assert realise.strength("gave up her weekends").item() == "Gave up my weekends"


def test_reader_a_hundred_and_seventy_six_found():
    """A purpose's due date after a comma is timing ("due 30 April" had two digits the pattern
    missed); "the recruiter asked for it by tomorrow" is said with its subject; "pitching to
    seed investors next month" is the sender's; a writer's aside in brackets is dropped."""
    from llmdraft.compose.common import split_timing
    assert split_timing("applying for OSS grant, due 30 April") == ("applying for OSS grant", "due 30 April")
    said = compose("followup", Context.from_dict({**BASE, "channel": "email",
                                                  "purpose": "recruiter asked for it by tomorrow"}), 0)[0]
    assert "The recruiter asked for it by tomorrow." in said, said
    said = compose("request", Context.from_dict({**BASE, "channel": "email",
                                                 "purpose": "pitching to seed investors next month"}), 0)[0]
    assert "I'm pitching to seed investors next month." in said and "On timing" not in said, said


def test_reader_a_hundred_and_seventy_six_left():
    """A programme that rolled out reached its sites; an app rating reached its mark; a cohort
    with its size is theirs; one's own client is put forward for no similar work."""
    said = realise.fact_sentences(realise.facts("rolled out to 11 sites"), "Dana", third=True,
                                  thing="the mining safety programme at Anglo American")
    assert "took the programme" not in " ".join(said) and any("reached 11 sites" in s for s in said), said
    assert say_all(["4.7 app rating"], "the course", "she")[0][0].sentence == "The app rating reached 4.7."
    assert say_all(["2019 cohort of 18"], "the course", "she")[0][0].sentence == "She was in the 2019 cohort of 18."
    for variant in range(6):
        said = compose("recommendation", Context.from_dict({**BASE, "relationship": "vendor", "pronouns": "he"}),
                       variant)[0]
        assert "similar work" not in said, said


def _said(raw: str, subject: str = "Dana", thing: str | None = None) -> str:
    return " ".join(realise.fact_sentences(realise.facts(raw), subject, third=subject != "I", thing=thing))


def test_readers_a_hundred_and_seventy_six_to_eight_details():
    """Details readers 176-178 found read wrong, each a case of a rule: a bare title is given
    ("promoted twice" was "She promoted twice"), "together" is "we", a deed since a year goes
    on ("has reviewed ... since 2020"), a post since a year was held ("maintainer since 2019"
    was "Maintainer since was 2019"), a sum of plural things is one amount, a unit's amount is
    one quantity, a sum's prize takes "a", a rate kept takes "a", "2 now seniors" says of whom,
    a named site takes "the", a bare year after a noun is "in" it, a month range keeps one case,
    an award "x3" is 3 times, a project's own timing is the project's."""
    assert "since was" not in _said("revenue since 2019")
    assert _said("Top shearer at the Golden Shears heats 2023").endswith("heats 2023.")


def test_readers_a_hundred_and_seventy_seven_and_eight_projects():
    """A label before a colon is what the work was ("Capstone: Designing ..."), a firm and its
    team is the team at the firm, a post typed with commas is the post and where it was, a
    season's field keeps its "the"."""
    assert realise.project("vineyard harvest logistics 2023").np.startswith("the 2023 vineyard harvest logistics")


def test_a_distant_recommenders_lines_never_say_the_same_thing_twice():
    """The distant line says contact was occasional; the vantage line already says what the
    writer saw (readers 177, 178: "I saw enough of his work to judge it well. I saw enough of
    his work to speak to it with confidence.")."""
    for relationship in ("same-team", "advisor", "reported-to-you", "different-companies"):
        for variant in range(6):
            said = compose("recommendation", Context.from_dict(
                {**BASE, "relationship": relationship, "closeness": "distant", "pronouns": "he"}), variant)[0]
            assert len(re.findall(r"\b(?:I saw|my view|gave me a clear view)\b", said, re.I)) <= 1, said
            assert " him stood" not in said, said


def test_reader_a_hundred_and_seventy_eight_projects_and_roles():
    """What reader 178 found in projects typed as notes: a life story after the work is left
    out (and out of what project_named asks for), years in a list, a count after a comma, a
    short label and a dash, a firm and a post, a post with its bracket, an abbreviation; a
    project's lab or road after a comma (reader 177); an -ing word before a piece of work; a
    role in a sentence: a field after a lecturer's comma, a museum's "the", an acronym's title."""
    from llmdraft.realise.project_notes import core
    assert core("part-time bookkeeping for Gallagher Landscaping while doing my ACCA") == \
        "part-time bookkeeping for Gallagher Landscaping"
    assert "national service" in realise.project("nat'l service @ Ghana Revenue Authority").np
    assert realise.role("Senior Lecturer, Public Health") == "a senior lecturer in public health"
    assert realise.role("curator, Musée des Beaux-Arts de Lyon") == "a curator at the Musée des Beaux-Arts de Lyon"
    assert realise.role("QA Lead") == "a QA lead"
    assert realise.strength("leadership of the pastry team").mine() == "how I led the pastry team"
    assert say_all(["400k daily riders"], None, "she")[0][0].sentence == \
        "The work served 400k daily riders."


def test_reader_a_hundred_and_seventy_eight_left():
    """A note of an age or a first job is a sentence, never a list line; "for first job" is my
    first; a name after "co-founding" is what was founded; a supplier does not say their
    client's "work spoke for itself"."""
    from llmdraft.realise.note_sentences import Said
    assert say_all(["16 years old", "a first job"], None, "he")[0] == [
        Said("He was 16 at the time.", "scope"), Said("It was his first job.", "scope")]
    assert realise.purpose("preparing for first office job applications").text == \
        "preparing for my first office job applications"
    for variant in range(6):
        said = compose("recommendation", Context.from_dict({**BASE, "relationship": "vendor", "pronouns": "he"}),
                       variant)[0]
        assert "spoke for itself" not in said, said


def test_reader_a_hundred_and_seventy_six_later():
    """Reader 176's sentences still wrong a session later, each a case of a rule: the reader
    named in a detail is "you"; two things under way in a purpose are joined; a round raised
    is a round; a budget after a comma is what it ran on; a migration done is "the" migration;
    "defended June 2023" is the thesis; "till 2017" takes no "in"; "joined 2020 as grad"."""
    from llmdraft.names import to_reader
    assert to_reader("Olu reported to me from 2021 to 2024", "Olu Bello") == "You reported to me from 2021 to 2024"
    assert to_reader("I managed Aisha 2020-22", "Aisha Khan") == "I managed you 2020-22"
    assert realise.purpose("relocating to Berlin, job hunting").text == "relocating to Berlin and job hunting"
    assert _said("she was tech lead till 2017").endswith("till 2017.")


def test_taking_initiative_is_a_habit_never_a_programme():
    """"taking initiative", "showing initiative": a habit of the person's, never "her work on
    the taking initiative" (an initiative alone is a trait; "the digital initiative" a piece of
    work)."""
    for typed in ("taking initiative", "showing initiative", "initiative"):
        for kind in ("request", "recommendation"):
            ctx = Context.from_dict({**BASE, "strengths": [typed, "SQL"], "pronouns": "she"})
            said = compose(kind, ctx, 0)[0]
            assert "work on the" not in said and "initiative" in said.lower(), said
            assert not [c for c in run_checks(kind, ctx, said) if c.name == "strengths_covered" and not c.passed], said
    assert realise.strength("the digital initiative").about("she", "her")[1] == "her work on the digital initiative"


def test_common_strengths_read_as_english():
    """A sweep of the strengths people type most: a participle before a noun names a kind of
    it ("written communication" was read as a deed, "how I written communication"); a mindset
    is the person's own, never a skill or a field."""
    assert realise.strength("written communication").mine() == "my written communication skills"
    assert realise.strength("spoken English").form == "noun"
    assert realise.strength("ownership mindset").about("she", "her") == ("own", "her ownership mindset")
    assert realise.strength("growth mindset").mine() == "my growth mindset"


def test_readers_a_hundred_and_seventy_nine_and_eighty():
    """Readers 179 and 180: a sentence-case first word of a project that names a deed or a
    place of work is lower-cased ("the renovation of Casa Azul", never "the Renovation of");
    a colon note says where or what about; a course is taught in; "Founder & CEO" is the
    founder and CEO; a won tender, a summit's attendees, savings identified; "legal" is legal
    work; an on-call hero is one; job hunting is under way."""
    from llmdraft.realise.words import tidy_case
    assert tidy_case("Renovation of Casa Azul boutique hotel", keep_names=True).startswith("renovation of Casa Azul")
    assert tidy_case("Housing strategy consultation", keep_names=True) == "housing strategy consultation"
    assert tidy_case("Phoenix migration", keep_names=True) == "Phoenix migration"
    assert tidy_case("Museum of Modern Art exhibition", keep_names=True) == "Museum of Modern Art exhibition"
    assert realise.role("Founder & CEO") == "the founder and CEO"
    assert realise.strength("legal").about("she", "her") == ("own", "her legal work")
    assert realise.strength("on-call hero").form == "person"
    assert realise.purpose("job hunting again after layoffs").form == "activity"
    said = compose("recommendation", Context.from_dict({**BASE, "relationship": "teacher", "pronouns": "she",
                                                        "project": "Advanced Corporate Finance (MSc, ALBA)"}), 0)[0]
    assert "supervised" not in said and " in Advanced Corporate Finance" in said, said


def test_reader_a_hundred_and_seventy_nine_places_and_firms():
    """A school or hospital's short name after a comma is where one worked ("at Toronto
    General"); a firm and its town both ("at Boots in Manchester"); a firm before a long dash
    keeps the work after it ("the cloud cost optimisation task force at Samsung SDS", never cut
    to "Samsung SDS")."""
    assert realise.project("retail pharmacy, Boots Manchester").np.endswith("at Boots in Manchester")


def test_reader_a_hundred_and_seventy_nine_names_and_articles():
    """"Sister Mary Kavanagh" is greeted as Sister Mary (a family name is no religious name);
    "Mei Ling Tan" by Mei Ling; "a STEM coordinator role", said as a word."""
    from llmdraft.names import greeting
    assert parse("Sister Mary Kavanagh").formal == "Sister Mary"
    assert parse("Sister Mary Catherine").formal == "Sister Mary Catherine"
    assert greeting("Mei Ling Tan", False, None, True) == "Mei Ling"
    assert realise.indefinite("STEM coordinator role") == "a STEM coordinator role"
    assert realise.indefinite("NHS role") == "an NHS role"


def test_timing_notes_said_as_sentences():
    """"grad school deadlines next month" after "On timing:" was a fragment (reader 179): the
    sender's deadlines, interviews and exams are theirs, with their time."""
    from llmdraft.compose.common import _on_timing
    ctx = Context.from_dict(BASE)
    assert _on_timing("grad school deadlines next month", ctx) == "My grad school deadlines are next month."
    assert _on_timing("band 7 pharmacist interviews next week", ctx).startswith("My band 7 pharmacist interviews are")


def test_reader_a_hundred_and_seventy_nine_worst():
    """Three of reader 179's five worst sentences: a ward's shifts typed with two commas and
    years, an apprenticeship and its qualifying, a show's own name ("Small Biz Big Ideas")."""
    assert "'Small Biz Big Ideas'" in realise.project("podcast production, 'Small Biz Big Ideas' s1-s3").np


def test_a_studio_and_its_person():
    """"Studio Kuma (Ren Kobayashi)": the person in brackets is the one recommended and greeted,
    never "Studio" as a first name (reader 180); a nickname in brackets stays a nickname."""
    from llmdraft.names import greeting
    assert parse("Studio Kuma (Ren Kobayashi)").given == "Ren"
    assert greeting("Studio Kuma (Ren Kobayashi)", False, None, True) == "Ren"
    assert greeting("Robert (Bob) Smith", False, None, True) == "Bob"


def test_reader_a_hundred_and_eighty_sums_and_growth():
    """A sum is said by its number ("an $80k grant", "an €8M Series A round"; a currency code
    by its letters stays "a NOK ..."); a startup that grew from 0 to 50k merchants did the
    growing, never "Growth went from 0 to 50k merchants" (reader 180)."""
    assert _said("secured NOK 4.2m Research Council grant").startswith("Dana secured a NOK")


# Details readers 176 to 180 found read wrong, each a case of a rule, and what they say now (the
# rules' own tests are in the reader tests above): (typed, the subject, the project, said).
DETAILS_READ_AS_SAID = [
    ("worked at Marks and Spencer store", "Dana", None,
     "Dana worked at Marks and Spencer store."),
    ("left 2019 for Google", "Dana", None,
     "Dana left in 2019 for Google."),
    ("promoted twice", "Dana", None,
     "Dana was promoted twice."),
    ("promoted the app on TikTok", "Dana", None,
     "Dana promoted the app on TikTok."),
    ("built 60+ components together 2022", "I", None,
     "We built 60+ components together in 2022."),
    ("reviewed 200+ PRs since 2020", "Dana", None,
     "Dana has reviewed 200+ PRs since 2020."),
    ("built a tool running since 2019", "Dana", None,
     "Dana built a tool running since 2019."),
    ("maintainer since 2019", "Dana", None,
     "Dana has been a maintainer since 2019."),
    ("chair since 2020", "I", None,
     "I have been chair since 2020."),
    ("revenue up 40% since 2019", "Dana", None,
     "Revenue has gone up 40% since 2019."),
    ("MXN 60M stock write-offs avoided", "Dana", None,
     "MXN 60M in stock write-offs was avoided."),
    ("1,200 panels installed", "Dana", None,
     "1,200 panels were installed."),
    ("2.4 MW installed", "Dana", None,
     "2.4 MW was installed."),
    ("won ¥1,000,000 Hitachi scholarship", "Dana", None,
     "Dana won a ¥1,000,000 Hitachi scholarship."),
    ("Won the 2022 Spirit Award", "Dana", None,
     "Dana won the 2022 Spirit Award."),
    ("secured $500k in grant funding", "Dana", None,
     "Dana secured $500k in grant funding."),
    ("kept 95% on-time rate through the storms", "Dana", None,
     "Dana kept a 95% on-time rate through the storms."),
    ("mentored 4 juniors, 2 now seniors", "Dana", None,
     "Dana mentored 4 juniors, 2 of whom are now seniors."),
    ("liaised between Tokyo HQ and Arizona site", "Dana", None,
     "Dana liaised between Tokyo HQ and the Arizona site."),
    ("won the regional science fair 2019", "Dana", None,
     "Dana won the regional science fair in 2019."),
    ("planted 2000", "Dana", None,
     "Dana planted 2000."),
    ("worked together apr-sep 2022", "Dana", None,
     "We worked together Apr-Sep 2022."),
    ("Employee of the month x3 in 2019", "Dana", None,
     "Dana was named Employee of the Month 3 times in 2019."),
    ("connected 2 months ahead of schedule", "Dana", "the wind farm grid connection",
     "The connection was finished 2 months ahead of schedule."),
    ("graded A", "Dana", None,
     "Dana earned an A."),
    ("raised $750k pre-seed 2023 with your help", "I", None,
     "I raised a $750k pre-seed round in 2023 with your help."),
    ("migration was done in 9 months, budget €1.2M", "Dana", None,
     "The migration was done in 9 months on a budget of €1.2M."),
    ("€780k total budget, came in 3% under", "Dana", "the ERP migration",
     "The ERP migration came in 3% under the €780k budget."),
    ("defended June 2023 with highest honours", "Dana", None,
     "Dana defended the thesis in June 2023 with the highest honours."),
    ("joined 2020 as grad", "Dana", None,
     "Dana joined in 2020 as a graduate."),
    ("tender won, €1.1bn", "Dana", None,
     "The €1.1bn tender was won."),
    ("organised the summit, 400 attendees", "Dana", None,
     "Dana organised the summit for 400 attendees."),
    ("drew 15,000 visitors", "Dana", None,
     "Dana drew 15,000 visitors."),
    ("energy savings of 15% identified", "Dana", None,
     "Energy savings of 15% were identified."),
    ("finished on budget, 6 weeks", "I", None,
     "We finished on budget in 6 weeks."),
    ("4-year apprenticeship, qualified 2023", "Dana", None,
     "Dana completed a 4-year apprenticeship and qualified in 2023."),
    ("won $80k grant", "Dana", None,
     "Dana won an $80k grant."),
    ("raised €8M Series A", "Dana", None,
     "Dana raised an €8M Series A round."),
    ("grew from 0 to 50k merchants", "Dana", "her fintech startup Pagami",
     "Her fintech startup Pagami grew from 0 to 50k merchants."),
]


@pytest.mark.parametrize("typed, subject, thing, said", DETAILS_READ_AS_SAID,
                         ids=[item[0] for item in DETAILS_READ_AS_SAID])
def test_details_from_readers_176_to_180(typed, subject, thing, said):
    assert _said(typed, subject, thing=thing) == said


# Projects readers 176 to 180 found typed as forms (a label and a colon, a post with commas, a
# firm and its team, a ward's shifts, a life story after the work), and what they say now.
PROJECTS_READ_AS_SAID = {
    "my fintech startup Sahla (he was on our advisory board)":
        "my fintech startup Sahla",
    "Capstone: Designing a wayfinding system":
        "the capstone on designing a wayfinding system",
    "Apprenticeship: electrical installation, residential retrofits":
        "the apprenticeship in electrical installation (residential retrofits)",
    "Bootcamp final project: recipe-sharing web app":
        "the bootcamp final project on a recipe-sharing web app",
    "Project Phoenix: data platform":
        "Project Phoenix (data platform)",
    "Zomato — ML ranking team":
        "the ML ranking team at Zomato",
    "ESL teaching assistant, Grade 10, Al Noor School":
        "the ESL teaching assistant role for Grade 10 at Al Noor School",
    "retail assistant manager, Next, Leeds":
        "the retail assistant manager role at Next in Leeds",
    "QA internship after he switched from restaurant kitchens":
        "the QA internship",
    "year-end close 2022 and 2023":
        "the year-end close in 2022 and 2023",
    "M-Pesa agent network field survey, 4 counties":
        "the M-Pesa agent network field survey across 4 counties",
    "apprenticeship – CNC machining at Talleres Ruiz":
        "the apprenticeship in CNC machining at Talleres Ruiz",
    "Nubank — product analytics intern":
        "the product analytics intern role at Nubank",
    "Research assistant (HiWi) at the Chair of Logistics":
        "the research assistant role (HiWi) at the Chair of Logistics",
    "research assistantship, cognition lab":
        "the research assistantship in the cognition lab",
    "bridge inspection programme, A4 motorway":
        "the bridge inspection programme on the A4 motorway",
    "signalling upgrade":
        "the signalling upgrade",
    "launching the store":
        "launching the store",
    "co-founding Lettuce":
        "co-founding Lettuce",
    "retail expansion: Benelux":
        "the retail expansion in Benelux",
    "EU Horizon grant application: smart grids":
        "the EU Horizon grant application on smart grids",
    "Dakar: mobile health app for midwives":
        "the mobile health app for midwives in Dakar",
    "hospital IT helpdesk, Toronto General":
        "the hospital IT helpdesk at Toronto General",
    "fraud model, Lagos":
        "the fraud model in Lagos",
    "AP Spanish, Roosevelt High":
        "AP Spanish at Roosevelt High",
    "Marks and Spencer store refit":
        "the Marks and Spencer store refit",
    "Samsung SDS — cloud cost optimisation task force":
        "the cloud cost optimisation task force at Samsung SDS",
    "DBS Bank – KYC remediation":
        "the KYC remediation at DBS Bank",
    "Night shifts, ICU, Mater Hospital Dublin 2018-2020":
        "the night shifts in the ICU at Mater Hospital Dublin from 2018 to 2020",
    "wedding photography biz":
        "the wedding photography business",
}


@pytest.mark.parametrize("typed", PROJECTS_READ_AS_SAID)
def test_projects_from_readers_176_to_180(typed):
    assert realise.project(typed).np == PROJECTS_READ_AS_SAID[typed]


@pytest.mark.parametrize("relationship", ["client", "vendor"])
def test_a_client_or_a_supplier_was_never_beside_the_person(relationship):
    """Reader 181: a client said "She is someone I was always glad to have beside me"."""
    for message in _recommendations(recipient="Beth Lowe", closeness="close", pronouns="she",
                                    project="our wedding photos", strengths=["patience"],
                                    relationship=relationship):
        assert not re.search(r"(?i)beside me|colleague|on the team|enjoyable", message), message


@pytest.mark.parametrize("kind", ["request", "followup", "recommendation"])
def test_a_project_of_one_word_in_ing_is_drafted(kind):
    """A one-word project ending in -ing ("billing", "marketing") raised IndexError in the
    realiser (the -ing compound rule read a second word that was not there)."""
    for typed in ("billing", "Marketing", "consulting", "onboarding", "plumbing"):
        ctx = Context.from_dict({**BASE, "project": typed})
        message = compose(kind, ctx, 0)[0]
        assert typed.lower() in message.lower(), message


def test_places_and_note_speak_typed_in_lower_case():
    """Reader 182: "the nordics sales expansion", "the 2019 china sourcing trip", "the west
    africa solar mini-grids", "the ci pipeline rewrite", "my interviews NXT week", "diplomacy
    betw finance", "cost CTRL", "12% yoy". A phrase with a capital anywhere keeps its case."""
    assert realise.project("nordics sales expansion").np == "the Nordics sales expansion"
    assert "China sourcing trip" in realise.project("2019 china sourcing trip").np
    assert realise.project("west africa solar mini-grids").np == "the West Africa solar mini-grids"
    assert realise.project("ci pipeline rewrite").np == "the CI pipeline rewrite"
    assert realise.project("Musée des Beaux-Arts de Lyon").np.endswith("Musée des Beaux-Arts de Lyon")
    assert "in Europe" in realise.purpose("job hunting in europe").text
    assert "next week" in realise.purpose("interviews nxt wk").text
    assert realise.strength("diplomacy betw finance & ops").text.startswith("diplomacy between")
    assert realise.strength("cost ctrl").text == "cost control"
    assert "turkey drive" in realise.strength("thanksgiving turkey drive").text  # the bird
    said = realise.fact_sentences(realise.facts("cut consumables spend 12% yoy"), "He", third=True)
    assert any("12% year on year" in s for s in said), said


def test_projects_typed_as_labels_codes_and_notes_by_readers_181_and_182():
    """Each was pasted or turned around: "INC-4421 (Postmortem)", "CS101 (Ta Work)", "the MBA
    in Consulting Practicum", "the Osaka plant at the supply chain audit", "the residency in
    pediatrics rotation", "the migrated billing project to stripe", "our thing at The
    Hackathon", "the internship in Deloitte"."""
    for typed, said in (
            ("INC-4421 postmortem", "the INC-4421 postmortem"),
            ("CS101 TA work", "the CS101 TA work"),
            ("MBA consulting practicum", "the MBA consulting practicum"),
            ("MBA finance electives", "the MBA finance electives"),
            ("supply chain audit - osaka plant", "the supply chain audit at the Osaka plant"),
            ("residency - pediatrics rotation", "the pediatrics rotation of the residency"),
            ("migrated billing to stripe", "migrating billing to stripe"),
            ("our thing at the hackathon", "our thing at the hackathon"),
            ("internship - Deloitte", "the internship at Deloitte"),
            ("internship - Nairobi", "the internship in Nairobi")):
        assert realise.project(typed).np == said, typed
    assert realise.project("MBA 612 Operations Strategy").np == "MBA 612 Operations Strategy"
    assert realise.project("CS 6140 machine learning").np == "CS 6140 (Machine Learning)"
    assert realise.project("coffee farm cooperatives in dak lak").np.endswith("in Dak Lak")


def test_strengths_and_details_readers_181_and_182_found_broken():
    """"Above all, he is clear brief.", "very good at cultural bridge between HQ and local
    team", "he's briefs were always clear", "He done over summer break.", "The thesis got the
    distinction in 2016.", "approved by the RBI audit 1st time", "Donations via site", "40 page
    brand book"."""
    assert realise.strength("clear brief").about("he", "his") == ("clause", "his briefs were clear")
    assert realise.strength("clear brief").item() == "Clear briefs"
    assert realise.strength("clear scope").mine() == "that my scoping was clear"
    assert realise.strength("cultural bridge between HQ and local team").about("he", "his") == \
        ("clause", "he is a cultural bridge between HQ and local team")
    assert realise.strength("my briefs were always clear").about("he", "his") == \
        ("clause", "his briefs were always clear")
    for typed, said in (("done over summer break", "The work was done over summer break."),
                        ("thesis got distinction; 2016", "The thesis was awarded a distinction in 2016."),
                        ("models approved by RBI audit 1st time",
                         "Models were approved by the RBI audit at the first attempt."),
                        ("donations via site up 50% after launch",
                         "Donations via the site went up 50% after the launch.")):
        assert realise.fact_sentences(realise.facts(typed), "He", third=True) == [said], typed
    assert realise.facts("logo + 40 page brand book")[0].text == "logo and 40-page brand book"


def test_a_teacher_taught_the_module_and_a_purpose_says_when_in_a_sentence():
    """Readers 181, 182: "your time mentoring me on Structural Engineering II (Politecnico di
    Milano)", "mentoring me in the MSc data science, ML module"; "On timing: interview with
    Novo Nordisk next week."; "my senior PM applications closing end of month"."""
    assert realise.project("Structural Engineering II (Politecnico di Milano)").np == \
        "Structural Engineering II at Politecnico di Milano"
    assert realise.project("MSc data science, ML module").np == "the ML module of the MSc data science"
    for project in ("Structural Engineering II (Politecnico di Milano)", "MSc data science, ML module"):
        ctx = Context.from_dict({**BASE, "project": project, "relationship": "teacher"})
        for variant in range(6):
            assert "mentoring" not in compose("request", ctx, variant)[0]
    for purpose, said in (("interview with Novo Nordisk next week", "My interview with Novo Nordisk is next week."),
                          ("senior PM applications closing end of month",
                           "Applications close at the end of the month.")):
        message = compose("followup", Context.from_dict({**BASE, "purpose": purpose}), 0)[0]
        assert said in message and "On timing" not in message, message


def test_a_timing_note_with_its_own_subject_or_a_firm_is_a_sentence():
    """"interview with Hale & Morrow is on the 9th" is my interview; "i have an interview with
    Marriott next thursday" is said as typed, never "On timing: ..." nor "My I have ..."."""
    for details, said in (("interview with Hale & Morrow is on the 9th",
                           "My interview with Hale & Morrow is on the 9th."),
                          ("i have an interview with Marriott next thursday",
                           "I have an interview with Marriott next Thursday.")):
        message = compose("followup", Context.from_dict({**BASE, "details": details}), 0)[0]
        assert said in message and "On timing" not in message, message


def test_a_sentence_case_hyphenated_first_word_and_another_firms_their():
    """Reader 181: "her Final-year thesis"; reader 182: "the webinar series with their agency"
    said to someone at that agency."""
    assert realise.project("Final-year thesis on microfinance in Nigeria").np == \
        "the final-year thesis on microfinance in Nigeria"
    assert realise.project("Year-end close").np == "the year-end close"
    assert realise.project("Rolls-Royce engine overhaul").np == "the Rolls-Royce engine overhaul"
    ctx = Context.from_dict({**BASE, "project": "joint webinar series with their agency",
                             "relationship": "different-companies"})
    for variant in range(6):
        message = compose("request", ctx, variant)[0]
        assert "their agency" not in message and "your agency" in message, message


def test_a_quarter_a_bare_year_and_a_lower_case_country_moved_by_a_rule():
    """Reader 182: "the ops handover Q3 across APAC", "- 2021" as a line of its own, "the 2019
    china sourcing trip", "the webinar series with their agency" in a recommendation."""
    assert realise.project("ops handover Q3 / APAC").np == "the Q3 ops handover across APAC"
    assert realise.project("china sourcing trip 2019").np == "the 2019 China sourcing trip"
    assert realise.notes("zero downtime; 1.2M customers moved; 2021") == \
        ["Zero downtime", "1.2M customers moved in 2021"]
    ctx = Context.from_dict({"recipient": "Nina Park", "project": "joint webinar series w/ their agency",
                             "strengths": ["public speaking"], "relationship": "different-companies",
                             "pronouns": "she"})
    assert "with her agency" in compose("recommendation", ctx, 0)[0]


def test_names_strengths_and_projects_reader_183_found_pasted():
    """"Dear Prof. Jean-Luc", "his work on treasurer", "her work on works weekends without
    complaint", "my works hard skills", "on marketing Summer internship", "the Startup
    mentorship"."""
    assert greeting("Prof. Jean-Luc Martin", formal=True) == "Prof. Martin"
    assert greeting("Dr. Ssekandi Moses", formal=True) == "Dr. Ssekandi"
    assert realise.strength("treasurer").about("he", "his") == ("own", "his time as treasurer")
    assert realise.strength("works weekends without complaint").about("she", "her") == \
        ("clause", "she works weekends without complaint")
    assert realise.strength("works hard").mine() == "that I work hard"
    assert realise.project("Summer internship, marketing").np == "the summer internship in marketing"
    assert realise.project("Startup mentorship").np == "the startup mentorship"
    assert realise.project("Startup Grind Lagos").np == "Startup Grind Lagos"


def test_a_client_a_result_and_a_workstream_reader_184_found_pasted():
    """"her calm client", "strong at big improvement in writing", "the S/4HANA rollout,
    finance workstream"."""
    assert realise.strength("calm client").about("she", "her") == ("clause", "she is a calm client")
    assert realise.strength("big improvement in writing").about("he", "his") == \
        ("clause", "his writing improved a great deal")
    assert realise.project("S/4HANA rollout, finance workstream").np == \
        "the finance workstream of the S/4HANA rollout"


def test_an_event_with_its_article_takes_no_second_one():
    """Reader 182: "especially staying calm during the the outage"."""
    assert realise.strength("staying calm during the outage").item() == "Staying calm during the outage"
    assert realise.strength("stayed calm during outage").mine() == "how I stayed calm during the outage"


def test_a_project_typed_with_its_client_as_a_sentence_and_a_language_course():
    """Reader 184: "I used Omar's services on the Al-Rashid Logistics was our client" and "I
    supervised Kenji's work on Business English B2 (British Council Tokyo)"."""
    for typed, said in (
            ("Al-Rashid Logistics was our client — warehouse slotting redesign",
             "the warehouse slotting redesign for Al-Rashid Logistics"),
            ("warehouse slotting redesign - Al-Rashid Logistics was our client",
             "the warehouse slotting redesign for Al-Rashid Logistics"),
            ("Acme was our client: ERP rollout (2022-23)", "the ERP rollout for Acme from 2022 to 2023"),
            ("Al-Rashid Logistics was our client", "the Al-Rashid Logistics engagement"),
            ("Business English B2 (British Council Tokyo)", "Business English B2 at British Council Tokyo")):
        assert realise.project(typed).np == said, typed
    assert realise.project("Business English B2").form == "course"
    assert realise.project("Project A2 english docs").form != "course"
    ctx = Context.from_dict({"recipient": "Kenji Sato", "project": "Business English B2 (British Council Tokyo)",
                             "strengths": ["presentation skills"], "relationship": "teacher", "pronouns": "he"})
    for variant in range(6):
        opening = compose("recommendation", ctx, variant)[0].split(".")[0]
        assert "supervised" not in opening and " in Business English B2 at British Council Tokyo" in opening, opening
    for kind in ("request", "followup", "recommendation"):
        result = llmdraft.draft({"recipient": "Omar Haddad", "project": "Acme was our client: ERP rollout (2022-23)",
                                 "strengths": ["analysis"], "relationship": "client"}, kind=kind, provider="offline")
        assert "the ERP rollout for Acme from 2022 to 2023" in result.message and not result.failed_errors, kind


def test_strengths_and_details_readers_185_and_186_found_pasted():
    """"Chidi was especially strong when it came to Chidi asks the question ...", "his work on
    Ahmed ships features ...", "They always watches", "he is liquid", "her work on apex", "He
    was strong at CSAT up 12 points.", "I reported to him 2020-22, he was QA team lead"."""
    for pronoun, said in (("he", "He asks the question everyone else is afraid to ask"),
                          ("they", "They ask the question everyone else is afraid to ask")):
        ctx = Context.from_dict({"recipient": "Chidi Okafor", "project": "AP Computer Science A",
                                 "strengths": ["persistence", "Chidi asks the question everyone else is afraid to ask",
                                               "Chidi Okafor always watches the details"],
                                 "relationship": "teacher", "pronouns": pronoun})
        message = compose("recommendation", ctx, 0)[0]
        assert said in message or said.lower() in message, message
        assert "always watch" + ("es" if pronoun == "he" else " ") in message, message
        assert "came to Chidi" not in message and "on Chidi" not in message
        failed = [c.name for c in run_checks("recommendation", ctx, message) if not c.passed]
        assert "strengths_covered" not in failed, failed
    assert realise.strength("he always watches the details").about("they", "their") == \
        ("clause", "they always watch the details")
    for tool in ("playwright", "apex", "feast", "liquid"):
        assert realise.strength(tool).about("he", "his") == ("at", tool.capitalize()), tool
    assert realise.strength("writing as a playwright").item() == "Writing as a playwright"
    ctx = Context.from_dict({"recipient": "de la Cruz, Miguel", "project": "Manila BPO - quality team",
                             "strengths": ["coaching agents", "CSAT up 12 pts"], "relationship": "reported-to-you",
                             "pronouns": "he", "details": "I reported to him 2020-22, he was QA team lead"})
    message = compose("recommendation", ctx, 0)[0]
    assert "strong at CSAT" not in message and message.count("CSAT went up 12 points") == 1, message
    assert "from 2020 to 2022, and he was QA team lead" in message, message
    for typed, said in (("She was GC, I was the paralegal", "She was GC, and I was the paralegal"),
                        ("She took my module in 2019, later co-taught it with me",
                         "She took my module in 2019, and later co-taught it with me"),
                        ("we shipped in March, 3 weeks early", "we shipped in March, 3 weeks early")):
        assert realise.facts(typed)[0].text == said, typed


def test_projects_roles_and_details_reader_186_found_broken():
    """"the Nightly build infrastructure", "Econometrics II at Fall 2022", "the customer
    success team at Mexico City", "the sales team in Nordics", "the annual audit, FY2022 and
    for FY2023", "the office fit-out, 3rd floor", "as Fellow of the Royal Society", "You was
    the port's IT director", "between Jan and in Sep 2023", "Their final project was on sepsis
    prediction was accepted"."""
    for typed, said in (
            ("Nightly build infrastructure", "the nightly build infrastructure"),
            ("Cocoa traceability pilot", "the cocoa traceability pilot"),
            ("Pharmacy residency at Mercy Hospital", "the pharmacy residency at Mercy Hospital"),
            ("Hackathon team", "the hackathon team"),
            ("Rebrand of Marsh & Daughters bakery", "the rebrand of Marsh & Daughters bakery"),
            ("Phoenix migration", "the Phoenix migration"),  # a code name
            ("Target store remodel", "the Target store remodel"),  # a firm
            ("Cork ship chandlery", "the Cork ship chandlery"),  # a town
            ("Seminar on European Competition Law", "the Seminar on European Competition Law"),
            ("Econometrics II (Fall 2022)", "Econometrics II in Fall 2022"),
            ("customer success team, Mexico City", "the customer success team in Mexico City"),
            ("customer success team, Lima", "the customer success team in Lima"),
            ("data team, Nubank", "the data team at Nubank"),
            ("Sales team Nordics", "the sales team in the Nordics"),
            ("Annual audit, FY2022 and FY2023", "the annual audit for FY2022 and FY2023"),
            ("Office fit-out, 3rd floor", "the office fit-out on the 3rd floor")):
        assert realise.project(typed).np == said, typed
    assert realise.role("Fellow of the Royal Society") == "a Fellow of the Royal Society"
    assert realise.role("Director of Biostatistics") == "Director of Biostatistics"
    from llmdraft.names import to_reader
    assert to_reader("George was the port's IT director", "George Papadopoulos") == \
        "You were the port's IT director"
    assert to_reader("George manages the port IT team", "George Papadopoulos") == "You manage the port IT team"
    for typed, said in (
            ("the app went from 3.1 to 4.6 stars between Jan and Sep 2023",
             "the app went from 3.1 to 4.6 stars between Jan and Sep 2023"),
            ("their final project on sepsis prediction was accepted at NeurIPS 2020",
             "their final project on sepsis prediction was accepted at NeurIPS 2020"),
            ("go-live on Sept 3", "go-live was on Sept 3")):
        assert realise.facts(typed)[0].text == said, typed


def test_projects_purposes_strengths_and_details_reader_185_found_pasted():
    """"the internship summer 22", "for banking app", "the PhD (marine biology) (Orkney
    fieldwork)", "in postdoc on materials science", "the bootcamp in data science cohort 12",
    "the Istanbul tech meetup organizers", "moving into ops director role", "a Postdoc and NERC
    fellowship", "bilingual es/fr", "a11y", "72h", "with from 12 people to 60", "as junior writer"."""
    for typed, said in (
            ("internship summer 22", "the internship in summer 2022"),
            ("UX research for banking app", "the UX research project for a banking app"),
            ("PhD (marine biology) - Orkney fieldwork", "the PhD in marine biology (Orkney fieldwork)"),
            ("postdoc - materials science", "the postdoc in materials science"),
            ("bootcamp - data science cohort 12", "cohort 12 of the data science bootcamp"),
            ("Istanbul tech meetup organizers", "organising the Istanbul tech meetup")):
        assert realise.project(typed).np == said, typed
    assert realise.purpose("moving into ops director role").text == "an ops director role"
    assert realise.purpose("postdoc / NERC fellowship").text == "a postdoc or an NERC fellowship"
    assert realise.strength("bilingual es/fr").about("she", "her") == ("clause", "she is bilingual in Spanish and French")
    assert realise.strength("fluent in English, German, and French").form == "clause"
    assert realise.strength("a11y").item() == "Accessibility"
    assert realise.strength("stayed 72h straight").about("he", "his") == ("clause", "he stayed 72 hours straight")
    for typed, said in (("opened office w/ 12 ppl -> 60 in 18 months",
                         "opened the office with 12 people, growing to 60 in 18 months"),
                        ("I reported to her as junior writer", "I reported to her as a junior writer"),
                        ("served as head of sales", "served as head of sales")):
        assert realise.facts(typed)[0].text == said, typed
    result = llmdraft.draft({"recipient": "Ana Ruiz", "project": "cross-border M&A",
                             "strengths": ["deal structuring", "bilingual es/fr"]}, kind="request", provider="offline")
    assert "Spanish and French" in result.message and not result.failed_errors


def test_recommendations_reader_186_found_misread():
    """"I led her group's river study" (hers), "The floor came in 4% under a £1.2M budget" (the
    fit-out did), "real skill in ethics", "she taught me DBT from scratch"."""
    ctx = Context.from_dict({"recipient": "Sarah O'Connor", "project": "Year 10 Geography, Riverside Academy",
                             "strengths": ["fieldwork"], "relationship": "teacher", "pronouns": "she",
                             "details": "led her group's river study; got the top grade in the year"})
    message = compose("recommendation", ctx, 0)[0]
    assert "I led" not in message and "She led her group's river study" in message, message
    ctx = Context.from_dict({"recipient": "Paul Harrison", "project": "Office fit-out, 3rd floor",
                             "strengths": ["budget control"], "relationship": "vendor",
                             "details": "came in 4% under a £1.2M budget"})
    message = compose("recommendation", ctx, 0)[0]
    assert "The floor" not in message and re.search(r"\b(?:the|The) office fit-out came in 4% under", message), message
    assert realise.strength("ethics").about("he", "his") == ("own", "his ethics")
    assert realise.strength("ethics").mine() == "my ethics"
    from llmdraft.realise.words import canonical_case
    assert canonical_case("taught me dbt from scratch") == "taught me dbt from scratch"


def test_a_job_typed_as_the_project_and_a_first_job_reader_187():
    """"I managed Dev on the line cook at Casa Ortiz", "my work on the summer camp counselor",
    "He started as dishwasher 2019"."""
    assert realise.project("line cook at Casa Ortiz").np == "the line cook role at Casa Ortiz"
    assert realise.project("summer camp counselor").np == "the summer camp counselor role"
    assert realise.project("mail server").np == "the mail server"
    for typed, said in (("started as dishwasher 2019", "started as a dishwasher in 2019"),
                        ("joined as intern in 2018", "joined as an intern in 2018"),
                        ("joined as engineer 2019-2021", "joined as an engineer from 2019 to 2021")):
        assert realise.facts(typed)[0].text == said, typed


def test_dates_figures_strengths_purposes_and_a_sensei_reader_188():
    """"He joined as intern from 2021 to 2107" (typed "2021-07"), "since from 2022 to 2105",
    "between from 2019 to 2021", "3,4 million", "2.400 patients", "at mentoring of women
    leaders", "He works good under pressure", "very good at mentor for new grads", "my MBA
    application INSEAD", "at Japanese company", "Hello Yamamoto-san" for Yamamoto Sensei."""
    from llmdraft.realise.words import plain_figures
    for typed, said in (("joined as intern 2021-07", "joined as intern July 2021"),
                        ("since 2022-05", "since May 2022"), ("2019-20 season", "2019-20 season"),
                        ("09.2021-06.2022", "September 2021 to June 2022"), ("03/2022", "March 2022"),
                        ("March '22", "March 2022"), ("3,4 million", "3.4 million"), ("0,8%", "0.8%"),
                        ("1.200.000 EUR", "1,200,000 EUR"), ("2.400 patients", "2,400 patients"),
                        ("4.5 stars", "4.5 stars"), ("1,200 staff", "1,200 staff")):
        assert plain_figures(typed) == said, typed
    assert realise.facts("trial enrolled 2.400 patients between 2019-2021")[0].text == \
        "trial enrolled 2,400 patients between 2019 and 2021"
    for typed, said in (("mentoring of women leaders", ("at", "mentoring women leaders")),
                        ("planning of shutdown", ("at", "planning the shutdown")),
                        ("works good under pressure", ("clause", "he works well under pressure")),
                        ("mentor for new grads", ("clause", "he is a mentor for new grads"))):
        assert realise.strength(typed).about("he", "his") == said, typed
    for typed, said in (("MBA application INSEAD", "my MBA application to INSEAD"),
                        ("job in Tokyo at Japanese company", "a job in Tokyo at a Japanese company"),
                        ("Director Engineering role", "a Director of Engineering role"),
                        ("Senior UX at Revolut", "a senior UX role at Revolut")):
        assert realise.purpose(typed).text == said, typed
    assert greeting("Yamamoto Sensei", formal=True) == "Yamamoto-sensei"
    for kind in ("recommendation", "request"):
        result = llmdraft.draft({"recipient": "Fatma Kaya", "project": "churn model", "strengths": ["ML"],
                                 "details": "model in production since 2022-05; processed 3,4 million rows a day"},
                                kind=kind, provider="offline")
        assert "May 2022" in result.message and "2105" not in result.message, result.message
        assert not [c for c in result.checks if c.name == "grounded" and not c.passed], result.checks


def test_sentences_inside_a_detail_and_a_season_year_readers_185_to_187():
    """"in June. you were thrilled", "May 2024. studied for state boards", "the internship
    summer 22" (grounded then failed on 2022), "I also valued his calm." (reads_cleanly failed)."""
    assert realise.notes("I catered his daughter's wedding in june. he was thrilled", second=True) == \
        ["I catered your daughter's wedding in June. You were thrilled"]
    assert realise.notes("we graduated together may 2024. studied for boards together", second=True) == \
        ["We graduated together May 2024", "Studied for boards together"]  # two details, as a year
    #   then a full stop ends one (reader 198: "started on the ovens 2021. took over the starter")
    for kind in ("request", "recommendation"):
        result = llmdraft.draft({"recipient": "Raj Patel", "project": "internship summer 22",
                                 "strengths": ["curious", "calm"], "pronouns": "he"}, kind=kind, provider="offline")
        assert "summer 2022" in result.message and not result.failed_errors, (result.message, result.failed_errors)


def test_notes_typed_casually_reader_187():
    """"Apprentice under your 4 years", "You're been my assistant", "You sold honey I sold
    bread", "I speak Arabic French English Spanish", "in march", "on the security guard"."""
    assert realise.notes("apprentice under her 4 yrs, got my journeyman card in march; she's been my assistant; "
                         "she sold honey I sold bread; he chaired the safety committee, I'm on the finance committee; "
                         "I think he was great; I speak Arabic French English Spanish", second=True) == [
        "Apprentice under you for 4 years, got my journeyman card in March", "You've been my assistant",
        "You sold honey, and I sold bread", "You chaired the safety committee, and I'm on the finance committee",
        "I think you were great", "I speak Arabic, French, English and Spanish"]
    assert realise.strength("speaks polish russian english").about("she", "her") == \
        ("clause", "she speaks Polish, Russian and English")
    for typed, said in (("security guard at the mall", "the security guard role at the mall"),
                        ("home health aide", "the home health aide role"),
                        ("the guard rail project", "the guard rail project")):
        assert realise.project(typed).np == said, typed


def test_a_role_of_two_posts_and_a_named_firms_thing_readers_187_188():
    """"as a dentist at practice owner", "outsourcing for Aer Lingus booking engine"."""
    assert realise.role("dentist, practice owner") == "a dentist and practice owner"
    assert realise.role("head chef, Casa Ortiz") == "head chef at Casa Ortiz"
    assert realise.project("FPT Software outsourcing for Aer Lingus booking engine").np == \
        "the FPT Software outsourcing for the Aer Lingus booking engine"
    assert realise.project("data migration for NHS Scotland").np == "the data migration for NHS Scotland"


def test_the_review_of_this_session_over_matches_stay_as_typed():
    """The review of this session's rules found each of these changed for the worse; they read
    as typed (or as before) now."""
    from llmdraft.compose.recommendation import _TAUGHT_ME, _SUPPLIED_ME, _as_theirs, _writer_note, _writers
    from llmdraft.realise.words import plain_figures, sentence_starts
    for typed in ("Q3/2022 product launch", "capstone, Semester 1/2021", "ERP rollout 2008-09", "cohort 2/2021",
                  "tolerance held at 0.005 inches", "FY 2008-09 audit"):
        assert plain_figures(typed) == typed, typed
    assert plain_figures("June '99 launch") == "June 1999 launch"
    assert sentence_starts("I signed Acme Corp. and Brightline Ltd. as partners") == \
        "I signed Acme Corp. and Brightline Ltd. as partners"
    for typed in ("Teaching her taught me a lot", "She taught me how to use TikTok", "She was my student teacher in 2021",
                  "I took her class on the Iceland field trip"):
        assert not _TAUGHT_ME.search(typed), typed
    assert not _SUPPLIED_ME.search("She was one of our first customers; she signed off on our proposal")
    assert _as_theirs("Patience with beginners", frozenset({"Patience"}), "her") == "Patience with beginners"
    for typed, their in (("hired him straight out of college in 2019", "his"), ("tutored her weekly 18 months", "her")):
        assert _writer_note(_writers(realise.facts(typed)[0]), their, "managed-you").text.startswith("I "), typed
    for typed, said in (("Keystone migration", "the Keystone migration"), ("Canon printer rollout", "the Canon printer rollout"),
                        ("the conference organizers", "organising the conference"), ("PyCon organizers", "organising PyCon"),
                        ("renovation of ground floor", "the renovation of ground floor"),
                        ("menu redesign for every restaurant", "the menu redesign for every restaurant"),
                        ("sales at Caribbean Airlines", "sales at Caribbean Airlines"),
                        ("The NHS was our client", "the NHS engagement"), ("French B2 (Fall 2022)", "French B2 in Fall 2022")):
        assert realise.project(typed).np == said, typed
    for typed, said in (("as staff grew from 12 to 60", "as staff grew from 12 to 60"),
                        ("served as chief executive", "served as chief executive"),
                        ("joined as secretary in 2019", "joined as secretary in 2019")):
        assert realise.facts(typed)[0].text == said, typed
    assert realise.purpose("Head Product Designer role").text == "a Head Product Designer role"
    assert realise.purpose("internship at Barclays bank").text == "an internship at Barclays bank"
    assert greeting("Moussa Sama", formal=False) == "Moussa"
    assert realise.strength("performs good deeds").about("she", "her")[1] != "she performs well deeds"


def test_readers_189_and_190_a_present_deed_a_post_and_a_title():
    """"I would also point to the knows every pipe.", "a front Office Manager at Le Grand Lyon
    for for 4 years", "Ms Wong said you would be happy to" (said to Ms Wong)."""
    from llmdraft.names import to_reader
    from llmdraft.realise.note_sentences import sentence
    assert realise.fact_sentences(realise.facts("knows every pipe"), "He", third=True) == ["He knows every pipe."]
    assert sentence("Front Office Manager at Le Grand Lyon for 4 years", None, "she").sentence == \
        "She was a front office manager at Le Grand Lyon for 4 years."
    assert to_reader("Ms Wong said she would be happy to", "Patricia Wong") == "You said you would be happy to"


def test_casual_short_forms_and_a_bare_detail_reader_190():
    """"foodbank warehouse vols", "asks good qs", "abt 3 days", "Mowers n machinery", "Dealing w
    GPs", "end of yr show", "her detail", "He was duty manager, I was on his shift"."""
    assert realise.clean("dealing w GPs; mowers n machinery; end of yr show; abt 3 days; good qs; vols; til 2022; "
                         "the n=312 sample") == ("dealing with GPs; mowers and machinery; end of year show; about 3 days; "
                                                  "good questions; volunteers; until 2022; the n=312 sample")
    assert realise.strength("detail").about("she", "her") == ("own", "her attention to detail")
    assert realise.strength("eye for detail").about("she", "her") == ("own", "her eye for detail")
    assert realise.facts("he was duty manager, i was on his shift for 2 summers")[0].text == \
        "he was the duty manager, and I was on his shift for 2 summers"


def test_strengths_said_out_loud_readers_191_and_192():
    """"She was at her strongest when it came to croissants best in town.", "He also did well
    when it came to never seasick.", "I also valued her work on drives in any weather.", "She
    also showed real skill in pragmatism.", "Her work on customers"."""
    def about(typed: str) -> tuple[str, str]:
        return realise.strength(typed).about("she", "her")
    assert about("croissants best in town") == ("clause", "her croissants are the best in town")
    assert about("never seasick") == ("clause", "she is never seasick")
    assert about("captain material") == ("clause", "she is captain material")
    assert about("drives in any weather") == ("clause", "she drives in any weather")
    assert about("spots trouble before it starts") == ("clause", "she spots trouble before it starts")
    assert about("coaches 6-year olds with endless patience")[1].startswith("she coaches 6-year olds")
    assert about("till") == ("own", "her work on the till")
    assert about("customers") == ("own", "her way with customers")
    assert about("cross-cultural teams") == ("own", "her way with cross-cultural teams")
    assert about("leadership potential") == ("own", "her leadership potential")
    assert about("CSAT results") == ("own", "her CSAT results")
    assert about("pragmatism") == ("own", "her pragmatism")
    assert about("independence") == ("own", "her independence")
    # plural nouns before a preposition stay things worked on, never a verb with no subject
    assert about("visits to schools") == ("own", "her work on visits to schools")
    assert about("traumatised children") == ("own", "her work with traumatised children")


def test_months_feasts_and_possessives_typed_in_lower_case_reader_192():
    assert realise.clean("my deadline is 30 march; finished march 2024; in june we moved") == \
        "my deadline is 30 March; finished in March 2024; in June we moved"
    assert realise.clean("she may march in may") == "she may march in May"  # the verbs stay; "in may"
    #   at the end can only be the month (reader 214)
    assert realise.clean("she may march when she may") == "she may march when she may"  # no month said
    assert realise.clean("leading shabbat services at purim") == "leading Shabbat services at Purim"
    assert realise.clean("remembers every guests name and everyones birthdays") == \
        "remembers every guest's name and everyone's birthdays"
    assert realise.clean("knows every kids allergy") == "knows every kid's allergy"
    assert realise.clean("every sales call") == "every sales call"
    assert realise.clean("great with familys") == "great with families"
    assert realise.clean("she said shed do it; the shed was full") == "she said she'd do it; the shed was full"


def test_a_followup_with_no_strengths_promises_no_specifics_reader_192():
    """"To make it as easy as possible, here are the specifics again." with none after it, and
    the subject "The details for the LinkedIn recommendation" over no details."""
    for variant in range(6):
        for details in (None, "she said she'd do it after the grape crush"):
            result = llmdraft.draft({"recipient": "Isabel Fernandes", "project": "vineyard harvest 2023",
                                     "relationship": "client", "channel": "email", "days_since": 18,
                                     "details": details}, kind="followup", provider="offline", variant=variant)
            said = f"{result.subject}\n{result.message}"
            assert not re.search(r"(?i)specifics|summary|here is what|details for|reminder of the details", said), said


def test_posts_and_sections_typed_as_the_project_reader_192():
    """"our work on the bouncer at Club Nova", "on the church secretary in First Baptist", "the
    Maplewood care home, dementia wing", "the music festival, stage crew"."""
    assert realise.project("bouncer at Club Nova").text == "the bouncer role at Club Nova"
    assert realise.project("school library helper").text == "the school library helper role"
    assert realise.project("church secretary, First Baptist").text == "the church secretary role at First Baptist"
    assert realise.project("Maplewood care home, dementia wing").text == "the dementia wing at the Maplewood care home"
    assert realise.project("music festival, stage crew").text == "the stage crew at the music festival"
    assert realise.project("customer support team, night shift").text == "the customer support team on the night shift"
    said = llmdraft.draft({"recipient": "Ruth Okafor", "project": "church secretary, First Baptist",
                           "strengths": ["keeps the pastor on schedule"], "relationship": "same-team",
                           "pronouns": "she"}, kind="recommendation", provider="offline").message
    assert "during her time as the church secretary at First Baptist" in said


def test_notes_a_recommendation_left_out_readers_191_and_192():
    """15 of 101 recommendations with details left one out: "2 lambing seasons, 800 ewes", "8
    yrs behind the bar", "never an incident on a walk", "first-oil two weeks ahead of schedule"."""
    from llmdraft.realise.note_sentences import say_all, sentence
    assert say_all(["2 lambing seasons, 800 ewes"], None, "she")[0][0].sentence == \
        "The work covered 800 ewes over 2 lambing seasons."
    assert sentence("8 years behind the bar", None, "she").sentence == "She spent 8 years behind the bar."
    assert sentence("8 years together in the Igel group", None, "he").sentence == \
        "We spent 8 years together in the Igel group."
    assert sentence("never an incident on a walk", None, "she").sentence == "There was never an incident on a walk."
    assert sentence("first-oil two weeks ahead of schedule in 2018", None, "he").sentence == \
        "First oil came two weeks ahead of schedule in 2018."
    assert sentence("12 rooms a shift no complaints", None, "she").sentence == \
        "She handled 12 rooms a shift, with no complaints."
    assert sentence("nvq level 3", None, "he").sentence == "He holds an NVQ Level 3."
    assert sentence("3,000 cartons a day", None, "she").sentence == "The work handled 3,000 cartons a day."
    for details in ("2 summers, 120 cows", "8 yrs behind the bar", "never an incident on a walk"):
        result = llmdraft.draft({"recipient": "Ruth Okafor", "project": "the farm", "strengths": ["hard work"],
                                 "relationship": "managed-you", "pronouns": "she", "details": details},
                                kind="recommendation", provider="offline")
        assert all(c.passed for c in result.checks if c.name == "uses_details"), details


def test_details_typed_at_a_desk_reader_191():
    """"He co-authored two papers (J and hosted me in Nagoya", "he mentored 2 of the 6 engineers
    were promoted", "2020-2021 was set up 4 PCR labs", "over in 2021", "The green Belt project
    was saved about $1.1M a year", "blocked about $14M in the fraud"."""
    texts = [f.text for f in realise.facts("co-authored two papers (J. Power Sources 2021, 2023); hosted me in "
                                           "Nagoya for 3 months in 2022")]
    assert texts == ["co-authored two papers (J. Power Sources 2021, 2023)", "hosted me in Nagoya for 3 months in 2022"]
    assert realise.notes("Dr. Ash led it. Then we shipped") == ["Dr. Ash led it", "Then we shipped"]
    assert realise.facts("mentored 6 engineers, 2 promoted")[0].text == "mentored 6 engineers, 2 of whom were promoted"
    assert realise.facts("2020-2021, set up 4 PCR labs")[0].text == "set up 4 PCR labs from 2020 to 2021"
    assert realise.facts("raised first-pass yield from 91.2% to 97.8% over 2021")[0].text.endswith("over 2021")
    assert realise.facts("toured 22 schools, 2018")[0].text == "toured 22 schools in 2018"
    assert realise.facts("Green Belt project saved about $1.1M a year")[0].text == \
        "Green Belt project saved about $1.1M a year"
    assert realise.facts("37 RTUs replaced")[0].text == "37 RTUs were replaced"
    assert realise.facts("blocked $14M in fraud")[0].text == "blocked $14M in fraud"
    assert realise.facts("won state competition")[0].mended().text == "won the state competition"


def test_codes_schools_and_one_thing_done_reader_191():
    """"a b1 licensed engineer", "the university of Toronto capstone", "on the Wix editor
    performance", "I would also point to the weekly look-ahead schedules." (whose?), "The
    sold-out final show." as a sentence of its own."""
    assert realise.clean("a b1 licensed engineer; c1 German; version 2.1; x2 speed") == \
        "a B1 licensed engineer; C1 German; version 2.1; x2 speed"
    assert realise.clean("the university of Toronto capstone") == "the University of Toronto capstone"
    assert realise.project("gala performance").on == "on the gala performance"  # a show, no project (review)
    assert realise.project("Stripe payments risk").text == "the Stripe payments risk project"
    assert realise.facts("the sold-out final show")[0].form == "noun"
    assert realise.facts("the app shipped")[0].form == "clause"
    for details, said in (("weekly look-ahead schedules", "His work also"),
                          ("the sold-out final show", "His work also"),
                          ("a 92% success rate", "I would also point to a 92% success rate.")):
        message = llmdraft.draft({"recipient": "Michael Ode", "project": "the levee rehab", "strengths": ["scheduling"],
                                  "relationship": "client", "pronouns": "he", "details": details},
                                 kind="recommendation", provider="offline").message
        assert said in message, message
        assert "\nThe sold-out" not in message and ". The sold-out final show." not in message


def test_a_phone_typed_strength_and_detail_reader_192():
    """"She remembers everyones birthdays.", "She is great with familys, too.", "She been doing
    it 15 years. knows all 40 clients by name."."""
    assert realise.strength("remembers everyones birthdays").about("she", "her") == \
        ("clause", "she remembers everyone's birthdays")
    assert realise.strength("great with familys").about("she", "her") == ("clause", "she is great with families")
    facts = realise.facts("been doing it 15 yrs. knows all 40 clients by name")
    assert realise.fact_sentences(facts, "She", third=True) == \
        ["She has been doing it for 15 years.", "She knows all 40 clients by name."]
    assert realise.fact_sentences(facts, "They", third=True)[0] == "They have been doing it for 15 years."


def test_what_a_recommendation_backs_them_for_readers_189_to_192():
    """"He has my support in his nominated for a non-exec director role.", "She has my support in
    her community leader award.", "I am glad to support him in his police academy.", "She has
    my support in her hotel in London."."""
    def aim(purpose: str) -> str:
        message = llmdraft.draft({"recipient": "Ruth Okafor", "project": "the farm", "strengths": ["hard work"],
                                  "relationship": "managed-you", "pronouns": "she", "purpose": purpose},
                                 kind="recommendation", provider="offline").message
        return message.split("\n\n")[-1]
    assert "I would back her for a non-exec director role without hesitation." in aim("nominated for a non-exec director role")
    assert "I wholeheartedly support her nomination for the community leader award." in aim("community leader award")
    assert "I would recommend her for police academy without hesitation." in aim("police academy")
    assert "I would recommend her for the SENCo training course without hesitation." in aim("SENCo training course")
    assert "I wish her every success in her trial with" in aim("trial with club in Portugal")
    assert "I wish her every success with her hotel in London." in aim("hotel in London")
    assert "support her in her grad school applications" in aim("grad school")


def test_the_takeaway_names_the_skill_readers_189_to_192():
    """Every reader called the recommendation's closing lines stock ("Any team would be better
    for having her on it."): with a skill first, the takeaway names it."""
    def ending(strengths: list[str], relationship: str = "same-team") -> str:
        return llmdraft.draft({"recipient": "Nkechi Eze", "project": "the outreach project", "strengths": strengths,
                               "relationship": relationship, "pronouns": "she"},
                              kind="recommendation", provider="offline").message.split("\n\n")[-1]
    assert re.search(r"(?:For|Where|rely on her for|strong in|work in|calls for) RF planning", ending(["RF planning"])), ending(["RF planning"])
    assert not re.search(r"first person I would|anything involving", ending(["RF planning"]))  # no superlative
    #   nobody typed (reader 222), no "anything involving Excel" (reader 220)
    assert "Python" in ending(["Python", "kindness"])
    assert "attention to detail" not in ending(["attention to detail"])  # a quality: no "For ..., call her"
    assert "RF planning" not in ending(["RF planning"], "vendor")  # her supplier does not call on her for it


def test_a_couple_a_shop_and_an_ongoing_order_reader_192():
    """"Hi Mr. And Mrs. Thompson,", "Hello Grandpa," (Grandpa Joe's Hardware - Joe Kowalski), "I'm
    currently applying sous chef jobs.", "We buy wax prints from her for our tailoring shop 6
    years." (read as her supplier's)."""
    assert greeting("Mr. and Mrs. Thompson", formal=True) == "Mr. and Mrs. Thompson"
    assert greeting("Grandpa Joe's Hardware - Joe Kowalski", formal=False) == "Joe"
    assert greeting("Anna-Lena Berg", formal=False) == "Anna-Lena"
    assert realise.clean("applying sous chef jobs") == "applying for sous chef jobs"
    assert realise.strength("opens at 4am no complaints").about("she", "her") == \
        ("clause", "she opens at 4am with no complaints")
    assert realise.clean("there were no complaints") == "there were no complaints"
    said = realise.fact_sentences(realise.facts("we order for our cafe every day for 3 years, never a late delivery"),
                                  "She", third=True)
    assert said == ["We have ordered for our cafe every day for 3 years, with never a late delivery."]
    assert realise.fact_sentences(realise.facts("we go there 3 years"), "She", third=True) == ["We go there 3 years."]
    message = llmdraft.draft({"recipient": "Fatou Diallo", "project": "market stall selling fabric, Marché Sandaga",
                              "strengths": ["knows every fabric"], "relationship": "vendor", "pronouns": "she",
                              "details": "we buy wax prints from her for our tailoring shop 6 yrs"},
                             kind="recommendation", provider="offline").message
    assert "my client" not in message and "supplier" not in message, message


def test_a_role_a_name_in_title_case_and_notes_to_self_readers_189_to_194():
    """"the title 'head of credit'" (an error on a role typed "Head, Credit Risk"), "I would
    recommend her for to teach for an America program director role", "Need it for band 6
    interview" offered as a detail, "You said you would be happy to" in a follow-up."""
    result = llmdraft.draft({"recipient": "Ngozi Chukwu", "project": "Access Bank digital lending",
                             "strengths": ["credit risk modelling"], "relationship": "senior-to-you",
                             "recipient_role": "Head, Credit Risk"}, kind="request", provider="offline")
    assert "Head of Credit Risk" in result.message and not result.failed_errors
    assert realise.purpose("Teach For America program director role").text == "a Teach For America program director role"
    assert realise.purpose("Applying For Jobs").text == "applying for jobs"
    followup = llmdraft.draft({"recipient": "Dr. Ama Okafor", "project": "night shifts on ward 7",
                               "relationship": "managed-you", "channel": "email",
                               "details": "she said yes at handover; need it for band 6 interview"},
                              kind="followup", provider="offline").message
    assert "I need it for my band 6 interview." in followup and "- Need it" not in followup
    followup = llmdraft.draft({"recipient": "Patricia Wong", "project": "the catering course",
                               "relationship": "teacher", "channel": "email",
                               "details": "Ms Wong said she would be happy to"}, kind="followup",
                              provider="offline")
    assert "said you would" not in followup.message and not followup.failed_errors


def test_commas_places_and_names_typed_on_a_phone_reader_194():
    """"She did our ofsted prep, we got outstanding.", "the work I did for you on the florist",
    "at the trussell trust", "Sang with you for 6 years at St Marys", "on Christmas eve"."""
    said = realise.fact_sentences(realise.facts("did our ofsted prep, we got outstanding"), "She", third=True)
    assert said == ["She did our Ofsted prep, and we got outstanding."]
    said = realise.fact_sentences(realise.facts("spent 3 years with us, never broke a thing, customers ask for him by name"),
                                  "He", third=True)
    assert said == ["He spent 3 years with us, never broke a thing, and customers ask for him by name."]
    said = realise.fact_sentences(realise.facts("did a few jobs, patios and fencing mostly"), "He", third=True)
    assert said == ["He did a few jobs, patios and fencing mostly."]  # a list of things: no "and" guessed
    assert realise.project("the florist").on == "at the florist"
    assert realise.project("GP surgery").on == "at the GP surgery"
    assert realise.project("deli").on == "at the deli"
    assert realise.project("rebrand").on == "on the rebrand project"
    assert realise.clean("bricklaying on the oakwood estate") == "bricklaying on the Oakwood Estate"
    assert realise.clean("the housing trust; a data trust; my dads estate; the nhs trust rota") == \
        "the housing trust; a data trust; my dads estate; the NHS trust rota"  # names the lexicon knows only (review)
    assert realise.clean("sang at st marys on christmas eve") == "sang at St Mary's on Christmas Eve"
    assert realise.clean("the youth choir at st andrews") == "the youth choir at St Andrews"  # a town, no apostrophe


def test_notes_to_self_and_clauses_readers_193_and_194():
    """"My deadline is my application closes Friday.", "you replied on the 3rd saying yes" told
    back to her, "Still need it, applying for ..." and "On timing: no rush" offered as details,
    "Szpital Uniwersytecki with Krakowie", "a Master's in Clinical Pharmacy, UK", "He volunteers
    every Wednesday and Saturday since 2020.", "Just passed my AM2.", "Now has his own chair"."""
    def followup(details: str) -> str:
        return llmdraft.draft({"recipient": "Kim Nguyen", "project": "the onboarding", "relationship": "client",
                               "channel": "email", "days_since": 16, "details": details},
                              kind="followup", provider="offline").message
    assert "My application closes Friday." in followup("deadline: my application closes Friday")
    assert "replied" not in followup("you replied on the 3rd saying yes but busy until end of month")
    assert "I need it as I'm applying for the level 4 job at David Lloyd." in \
        followup("Still need it, applying for the level 4 job at David Lloyd")
    assert "rush" not in followup("On timing: no rush just a nudge.")
    assert realise.clean("oncology ward, Szpital Uniwersytecki w Krakowie; dealing w GPs") == \
        "oncology ward, Szpital Uniwersytecki w Krakowie; dealing with GPs"
    assert realise.clean("taught kids and adults, swedish English French") == \
        "taught kids and adults, Swedish, English, and French"
    assert realise.purpose("Master's in Clinical Pharmacy, UK").text == "a Master's in Clinical Pharmacy in the UK"
    def said(details: str, who: str = "He") -> list[str]:
        return realise.fact_sentences(realise.facts(details), who, third=True)
    assert said("volunteers every Wednesday and Saturday since 2020") == \
        ["He has volunteered every Wednesday and Saturday since 2020."]
    assert said("now has his own chair and a waiting list") == ["He now has his own chair and a waiting list."]
    assert said("nobody turned away in 3 winters") == ["Nobody was turned away in 3 winters."]
    assert realise.fact_sentences(realise.facts("just passed my AM2"), "I") == ["I recently passed my AM2."]
    assert said("serves 300 families weekly") != ["He serves 300 families weekly."]  # the thing made does


def test_details_a_recommendation_dropped_reader_194():
    """8 of 52 recommendations with details left one out: "apprentice to senior stylist in 4
    yrs", "player of the season 2023", "moved us from paper diary to online bookings", "does our
    books 6 yrs,found a £4k overpayment to hmrc"."""
    from llmdraft.realise.note_sentences import sentence
    assert sentence("apprentice to senior stylist in 4 years", None, "she").sentence == \
        "She went from apprentice to senior stylist in 4 years."
    assert sentence("player of the season 2023", None, "he").sentence == "He was named player of the season in 2023."
    assert realise.clean("short handed,patios; 1,200 people") == "short handed, patios; 1,200 people"
    said = realise.fact_sentences(realise.facts("does our books 6 yrs,found a £4k overpayment to hmrc"), "She", third=True)
    assert said == ["She has done our books for 6 years and found a £4k overpayment to HMRC."]
    assert realise.fact_sentences(realise.facts("teaches piano for 10 years"), "They", third=True) == \
        ["They have taught piano for 10 years."]
    for details in ("apprentice to senior stylist in 4 yrs", "player of the season 2023",
                    "moved us from paper diary to online bookings"):
        result = llmdraft.draft({"recipient": "Ruth Okafor", "project": "the salon", "strengths": ["hard work"],
                                 "relationship": "managed-you", "pronouns": "she", "details": details},
                                kind="recommendation", provider="offline")
        assert all(c.passed for c in result.checks if c.name == "uses_details"), details


def test_the_review_of_readers_191_to_196_over_matches():
    """A reviewing helper read this round's rules for over-matches and found 30; each stays as
    typed, or reads as it did before the rule."""
    clean = realise.clean
    assert clean("applying internally for senior roles") == "applying internally for senior roles"
    assert clean("they made no mistakes; there have been no complaints") == \
        "they made no mistakes; there have been no complaints"
    assert clean("she lent me her van") == "she lent me her van"
    assert clean("prepped every sales meeting") == "prepped every sales meeting"
    assert clean("Good w Excel; the migration w SAP") == "Good with Excel; the migration with SAP"
    assert clean("300 m3 of concrete on an i7 laptop; github.com/k2") == "300 m3 of concrete on an i7 laptop; github.com/k2"
    assert clean("all 3 may apply; 2 march routes") == "all 3 may apply; 2 march routes"
    assert clean("handled probate on my dads estate") == "handled probate on my dads estate"
    def said(details: str, who: str = "She") -> list[str]:
        return realise.fact_sentences(realise.facts(details), who, third=True)
    assert said("nobody lost their job") == ["Nobody lost their job."]
    assert said("renews our certs every 2 years") == []  # a frequency, no span: left as a note
    assert said("we book her every 6 months") == ["We book her every 6 months."]
    assert said("covered all my shifts, I was in hospital") == ["She covered all my shifts, I was in hospital."]
    assert said("sat 8 exams, all passed") == ["She sat 8 exams, and all passed."]
    assert realise.fact_sentences(realise.facts("cleans 2M records a night"), "She", True, "the data pipeline") == \
        ["The data pipeline cleans 2M records a night."]
    from llmdraft.realise.note_sentences import sentence
    assert sentence("2 evenings a week", None, "she") is None
    assert sentence("never a late shift", None, "she") is None
    assert realise.strength("course material").about("she", "her")[1] != "she is course material"
    assert realise.strength("notes on every patient").about("she", "her")[0] != "clause"
    assert realise.purpose("Moving To Berlin for work").text.lower().startswith("moving to berlin")
    assert realise.project("gala performance").on == "on the gala performance"
    assert realise.project("youth outreach, Peckham").on.endswith("in Peckham")
    def followup(details: str, purpose: str | None = None) -> str:
        return llmdraft.draft({"recipient": "Kim Nguyen", "project": "the onboarding", "relationship": "client",
                               "channel": "email", "details": details, "purpose": purpose},
                              kind="followup", provider="offline").message
    assert "for my I leave" not in followup("need it before I leave")
    assert "as I'm mentioning" not in followup("want it mentioning my SQL work")
    assert "30 June" in followup("no rush, but the form closes 30 June")
    assert "the client said yes after my demo" in followup("The client said yes after my demo")
    assert "deadline is the day applications close" in followup("deadline is the day applications close")
    def rec(**fields) -> str:
        context = {"recipient": "Ruth Adams", "project": "the front desk", "strengths": ["hard work"],
                   "relationship": "managed-you", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    assert "for degree" not in rec(purpose="my degree") and "for transition" not in rec(purpose="my transition to university")
    assert "time as the interim" not in rec(project="interim role")
    assert "For taking feedback" not in rec(strengths=["taking feedback"])
    assert "included the chef's praise" not in rec(details="the chef's praise")


def test_readers_195_and_196_offline_drafts_pass_their_own_checks():
    """Three offline drafts tripped a check of llmdraft's own: "She led Year 6 from from 2019 to
    2023." (reads_cleanly), "the salon on High Street" for "high st" (grounded: the name
    'Street'), "for my mum. Above all" (reads_cleanly took "mum" for an adjective)."""
    assert realise.fact_sentences(realise.facts("Led Year 6 from 2019-2023"), "She", third=True) == \
        ["She led Year 6 from 2019 to 2023."]
    result = llmdraft.draft({"recipient": "Shanice Barrett", "project": "the salon on high st",
                             "strengths": ["brilliant with colour"], "relationship": "managed-you", "pronouns": "she",
                             "details": "been with me 6 yrs, does all the balayage, regulars ask for her by name"},
                            kind="recommendation", provider="offline")
    assert not result.failed_errors, result.failed_errors
    assert "She has been with me for 6 years." in result.message
    assert "She does all the balayage, and regulars ask for her by name." in result.message
    result = llmdraft.draft({"recipient": "Rosa Delgado", "project": "home care visits for my mum",
                             "strengths": ["gentle"], "relationship": "client", "pronouns": "she"},
                            kind="recommendation", provider="offline")
    assert all(c.passed for c in result.checks if c.name == "reads_cleanly"), result.message


@pytest.mark.parametrize("typed, np", [
    ("Year 9 maths department, Kungsholmens gymnasium", "the Year 9 maths department at Kungsholmens gymnasium"),
    ("ferry booking system integration, Blue Star partnership",
     "the ferry booking system integration for the Blue Star partnership"),
    ("M-Pesa merchant onboarding team, Safaricom", "the M-Pesa merchant onboarding team at Safaricom"),
    ("postdoc in computational neuroscience, Grant Lab, UCL",
     "the postdoc in computational neuroscience in the Grant Lab at UCL"),
    ("Samsung SDS internship, cloud cost dashboard", "the Samsung SDS internship on the cloud cost dashboard"),
    ("Seattle nonprofit grant writing", "grant writing at a Seattle nonprofit"),
    ("Tesco, weekend shifts", "the weekend shifts at Tesco"),
    ("Hacettepe University, PhD in Health Management", "the PhD in Health Management at Hacettepe University"),
    ("Hospital Universitario La Paz, Madrid, nursing rota system",
     "the nursing rota system at Hospital Universitario La Paz in Madrid"),
    ("Legal aid clinic, Faculty of Law, University of Nairobi",
     "the legal aid clinic at the Faculty of Law of the University of Nairobi"),
    ("Abu Dhabi Department of Health, hospital accreditation programme",
     "the hospital accreditation programme at the Abu Dhabi Department of Health"),
    ("Family bakery in Porto - digital orders", "the digital orders for the family bakery in Porto"),
    ("Coffee cooperative in Huila, Colombia", "the coffee cooperative in Huila, Colombia"),
    ("first job - junior data analyst at FinServe", "the junior data analyst role at FinServe"),
    ("gaming cafe part time", "the part-time job at the gaming cafe"),
    ("warehouse picking job at Amazon (nights)", "the warehouse picking job at Amazon on nights"),
    ("youth basketball league (assistant coach)", "the youth basketball league as an assistant coach"),
    # the review of this round: what must stay as it was
    ("debate team (captain)", "the debate team as captain"),
    ("villa compound MEP works, Al Ain", "the villa compound MEP works in Al Ain"),
    ("Comedor Los Pibes, a soup kitchen in La Matanza", "Comedor Los Pibes (a soup kitchen in La Matanza)"),
    ("Summer internship, marketing", "the summer internship in marketing"),
    ("Linux kernel driver", "the Linux kernel driver"),
    ("placement, our mobile app", "the placement on our mobile app"),
    ("Royal London Hospital, night shifts", "the night shifts at the Royal London Hospital"),
    ("Acme rebrand -- the logo and website", "the Acme rebrand"),
    ("PhD in Economics, Oxford", "the PhD in Economics in Oxford"),
    ("Bank of Ireland audit", "the Bank of Ireland audit"),
    ("Der lange Winter post-production", "Der lange Winter post-production"),
])
def test_projects_readers_197_to_201_typed(typed, np):
    """Projects typed by readers 197 to 201 (a body and the work parted by a comma, a post held,
    a shift in brackets) and the review's inputs each new rule must leave alone."""
    assert realise.project(typed).np == np


def test_the_words_readers_197_to_201_typed_and_the_review_kept():
    clean = realise.clean
    assert clean("worked at Legal Resources Centre") == "worked at the Legal Resources Centre"
    assert clean("at Kwame Nkrumah University of Science") == "at Kwame Nkrumah University of Science"
    assert clean("a fellowship in UK") == "a fellowship in the UK"
    assert clean("paid in US dollars") == "paid in US dollars"  # a kind of money, never "the US dollars"
    assert clean("at Caribbean Airlines") == "at Caribbean Airlines"
    assert clean("she worked in Customer Service") == "she worked in Customer Service"
    assert clean("got 4 sponsors including red bull") == "got 4 sponsors including Red Bull"
    assert clean("got me back from an acl tear") == "got me back from an ACL tear"
    assert clean("built it in python") == "built it in Python"
    assert clean("found a flaw in the logic of our model") == "found a flaw in the logic of our model"
    assert clean("kept calm in the discord between teams") == "kept calm in the discord between teams"
    assert clean("which she last sat in 2019") == "which she last sat in 2019"
    assert realise.purpose("she apply for teaching in Spain").text == "She is applying for teaching in Spain"
    assert realise.purpose("I move to Netherlands and search job as dental assistant").text == \
        "I'm moving to the Netherlands and searching for a job as a dental assistant"
    assert realise.purpose("working as a consultant in Oslo").text == "working as a consultant in Oslo"
    assert realise.purpose("ACCA mentor").text == "an ACCA mentor role"


def test_recommendations_read_details_about_the_person_as_theirs():
    """A detail that opens with the person's name is theirs, with their pronoun ("The river
    represented" and "Sofia was represented" were written before); details that say who reported
    to or supplied whom turn the relationship, and only they do (readers 199, 200; review)."""
    def rec(**fields) -> str:
        context = {"recipient": "Sofia Lind", "project": "legal aid", "strengths": ["asylum law"],
                   "relationship": "senior-to-you", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec(details="Sofia represented 300 asylum seekers; Sofia's firm provided risk assessments")
    assert re.search(r"\b(?:she|She) represented 300 asylum seekers\.", said) and "Her firm provided risk assessments" in said
    said = rec(recipient="Mx. River Thompson", pronouns="they", details="River represents 95 claimants a year")
    assert "They represent 95 claimants a year." in said and "The river" not in said
    assert rec(relationship="reported-to-you", details="she reported to me as analyst").startswith("I managed Sofia")
    assert not rec(relationship="reported-to-you",
                   details="the analysts reported to me; Sofia ran the division").startswith("I managed")
    assert rec(relationship="vendor", details="she was the account lead from our provider").startswith("I engaged Sofia")
    assert "client" not in rec(relationship="vendor", details="she was the account manager at Acme who hired us").split(".")[0]
    said = rec(project="dishwasher then line cook at La Cocina", relationship="managed-you")
    assert "during her time as a dishwasher and then a line cook at La Cocina" in said
    said = rec(project="head teacher role at Hillside Primary", relationship="managed-you")
    assert "as the head teacher" in said


def test_a_request_tells_no_one_their_own_news():
    def request(details: str) -> str:
        context = {"recipient": "Meera Iyer", "project": "claims modernisation", "strengths": ["Java"],
                   "relationship": "managed-you", "details": details}
        return llmdraft.draft(context, kind="request", provider="offline").message
    assert "TCS" not in request("she moved to TCS in January")
    assert "junior architect" not in request("she was my junior architect 2019-2022")
    assert "10,000 users" in request("you left just before we launched the new app to 10,000 users")
    assert "praised my audit report" in request("she praised my audit report in 2022")


def test_a_coach_recommends_as_a_coach():
    """Managing someone in a sport is coaching them: "I managed Yara in club swimming" and "as her
    manager" were written of a swimmer (reader 200)."""
    for project in ("club swimming", "the swim team", "soccer club u19"):
        said = llmdraft.draft({"recipient": "Yara Haddad", "project": project, "relationship": "managed-you",
                               "strengths": ["work ethic"], "pronouns": "she"},
                              kind="recommendation", provider="offline").message
        assert "manage" not in said and "coach" in said, said


@pytest.mark.parametrize("typed, np", [
    ("gallery assistant whitechapel gallery", "the gallery assistant role at Whitechapel Gallery"),
    ("bar manager the brazen head", "the bar manager role at the Brazen Head"),
    ("housekeeping hilton garden inn", "housekeeping at Hilton Garden Inn"),
    ("dog walking sheffield", "dog walking in Sheffield"),
    ("graduate scheme deloitte", "the graduate scheme at Deloitte"),  # a firm, no town (review); its name
    #   from data/brands.txt (reader 209)
    ("password manager rollout", "the password manager rollout"),
    ("youth choir @ st andrews", "the youth choir at St Andrews"),
    ("our wedding in positano last june", "our wedding in Positano last June"),
    ("Turkcell, 4.5G network rollout in Eastern Anatolia", "the 4.5G network rollout at Turkcell in Eastern Anatolia"),
    ("youth outreach, Peckham", "the youth outreach project in Peckham"),  # one unknown word trailing: a place
    ("Ralph Lauren, buying team", "the buying team at Ralph Lauren"),
])
def test_projects_readers_202_to_204_typed(typed, np):
    assert realise.project(typed).np == np


def test_what_readers_202_to_204_typed_in_details():
    clean = realise.clean
    assert clean("she supervise students") == "she supervises students"
    assert clean("she team player") == "she team player"  # no verb to agree (review)
    assert clean("she join in 2019 as cleaner") == "she join in 2019 as a cleaner"  # a past, never "joins"
    assert clean("he manage 60 staff") == "he manages 60 staff"
    assert clean("she cut costs by 20%") == "she cut costs by 20%"  # a past that is its base
    assert clean("which she last sat in 2019") == "which she last sat in 2019"
    said = realise.fact_sentences(realise.facts("started at 16; line cook within 8 months"), "She", True, "the kitchen")
    assert said == ["She started at 16 and became a line cook within 8 months."] or said == [
        "She started at 16.", "She became a line cook within 8 months."], said
    said = realise.fact_sentences(realise.facts("built the dashboard for returns; used by 200 people"), "She", True,
                                  "the data team")
    assert said == ["She built the dashboard for returns, which was used by 200 people."]
    assert [f.text for f in realise.facts("London Marathon 2019")] == ["London Marathon (2019)"]
    assert [f.text for f in realise.facts("Army Achievement Medal 2019")] != ["Army Achievement Medal (2019)"]
    followup = llmdraft.draft({"recipient": "Ana Bell", "project": "the bakery", "relationship": "managed-you",
                               "strengths": ["speed"], "details": "You are on holiday till the 20th I think"},
                              kind="followup", provider="offline").message
    assert "holiday" not in followup


def test_a_batch_of_names_compiles_no_pattern_a_name():
    """The person's name is read as a prefix, never compiled into a shared pattern: one pattern a
    name kept for the life of a process grew a 20,000-row batch's memory by 8 MiB (bench/batch.py)."""
    from llmdraft import patterns

    def both(name: str) -> None:
        context = {"recipient": name, "project": "the data platform", "strengths": ["SQL"],
                   "relationship": "managed-you", "details": f"{name.split()[0]} built the pipeline; she moved to TCS"}
        for kind in ("recommendation", "request", "followup"):
            llmdraft.draft(context, kind=kind, provider="offline")
    both("Warm Upname")
    before = len(patterns._SHARED)
    for i in range(30):
        both(f"Person{i} Family{i}")
    assert len(patterns._SHARED) - before < 5, len(patterns._SHARED) - before


def test_a_recommendation_reads_the_writers_own_standing_and_deeds():
    """"I was head of year" makes the writer the senior one whatever the form said; "lost 20kg
    with him" is the writer's, never "He lost 20kg with him"; "as a newly qualified teacher" takes
    no "the" (readers 202, 203)."""
    def rec(**fields) -> str:
        context = {"recipient": "Fatima Noor", "project": "Grade 5 at Al Noor School", "strengths": ["classroom management"],
                   "relationship": "junior-to-you", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec(details="she joined as a newly qualified teacher in 2020; I was head of year")
    assert "senior colleague" in said and "junior" not in said and "newly qualified teacher in 2020" in said, said
    said = rec(recipient="Darnell Price", pronouns="he", relationship="client", project="personal training",
               details="lost 20kg with him in a year")
    assert "I lost 20kg with him in a year." in said, said
    said = rec(recipient="Darnell Price", pronouns="he", relationship="client", project="the CRM rollout",
               details="hit every target with his team")
    assert "I hit" not in said, said  # the review's: his own result with his team
    said = rec(details="I was the manager's assistant")
    assert "As a more senior" not in said and "As the more senior" not in said, said  # still the junior one


def test_what_readers_205_and_206_found_at_the_newest_snapshot():
    """Reader 205 and 206's worst sentences at ee0e5e3: "Her work also included the principal
    investigator.", "Municipal bond credit ratings were rated 45 municipal issuers", "He was strong
    at writing written reports.", "Our outside counsel from 2020 to 2022.", "as a department of
    Agricultural Engineering at KNUST", "As you may remember, you left the company in 2020"."""
    said = realise.fact_sentences(realise.facts("principal investigator; secured Gates Foundation funding"),
                                  "She", True, "the study")
    assert said == ["She was the principal investigator and secured Gates Foundation funding."]
    assert realise.fact_sentences(realise.facts("rated 45 municipal issuers in 2022"), "He", True,
                                  "the municipal bond credit ratings") == ["He rated 45 municipal issuers in 2022."]
    assert realise.fact_sentences(realise.facts("rated 4.7 in the Play Store"), "He", True, "the app") == \
        ["The app was rated 4.7 in the Play Store."]
    assert realise.strength("written reports").about("he", "his") == ("at", "writing reports")
    assert realise.fact_sentences(realise.facts("rated 5 by customers"), "She", True, "the app") == \
        ["The app was rated 5 by customers."]  # the review's: never "She rated 5 by customers"
    assert realise.role("Department of Agricultural Engineering, KNUST") == \
        "someone at the Department of Agricultural Engineering at KNUST"
    request = llmdraft.draft({"recipient": "Ali Raza", "project": "the port tracking system", "relationship": "managed-you",
                              "strengths": ["Java"], "details": "he left the company in 2020, we haven't talked since"},
                             kind="request", provider="offline").message
    assert "left the company" not in request


def test_what_readers_205_and_206_still_found_at_head():
    """What was still written at 7874d75 of readers 205 and 206's broken sentences: "on the
    muscat hotel pre-opening", "on the humanitarian finance at a Geneva NGO", "The finance
    passed the ECHO audit", "in AP Chemistry department", "of municipal pension fund", "at the
    Riverside Academy", "the Neurology residency", "for the nubank", "across the Toronto
    newcomers", "The work produced her paper ... was accepted", "She led JCI accreditation
    achieved in May 2022.", "Our outside counsel from 2020 to 2022.", "Never once made a junior
    feel stupid", "in the winter from 2022 to 2023", "I was Elena's teacher" after "supervised my
    thesis"."""
    projects = {typed: realise.project(typed).text for typed in (
        "Muscat hotel pre-opening", "Geneva NGO humanitarian finance", "customer service, tokyo branch",
        "AP Chemistry department", "AP Calculus BC", "audit of municipal pension fund", "audit of two hospitals",
        "Year 10 maths department at Riverside Academy", "Neurology residency at Sofia University Hospital",
        "nubank - fraud models", "volunteer tutoring, Toronto newcomers", "Kumasi school feeding supply chain",
        "warehouse automation at the fedex hub")}
    assert projects == {
        "Muscat hotel pre-opening": "the Muscat hotel pre-opening",  # a capital city, not the grape
        "Geneva NGO humanitarian finance": "humanitarian finance at a Geneva NGO",  # a line of work
        "customer service, tokyo branch": "customer service at the Tokyo branch",
        "AP Chemistry department": "the AP Chemistry department",
        "AP Calculus BC": "AP Calculus BC",  # still a course
        "audit of municipal pension fund": "the audit of the municipal pension fund",
        "audit of two hospitals": "the audit of two hospitals",
        "Year 10 maths department at Riverside Academy": "the Year 10 maths department at Riverside Academy",
        "Neurology residency at Sofia University Hospital": "the neurology residency at Sofia University Hospital",
        "nubank - fraud models": "the fraud models for Nubank",
        "volunteer tutoring, Toronto newcomers": "volunteer tutoring for Toronto newcomers",
        "Kumasi school feeding supply chain": "the Kumasi school feeding supply chain",  # a chain, a thing
        "warehouse automation at the fedex hub": "the warehouse automation project at the FedEx hub"}
    assert realise.project("Geneva NGO humanitarian finance").form == "course"
    from llmdraft.realise.words import the_bodies
    assert the_bodies("at Police Academy") == "at the Police Academy"  # no place's name: "the"
    assert the_bodies("at Naval Academy") == "at the Naval Academy"
    facts = {d: [(f.form, f.text) for f in realise.facts(d)] for d in (
        "her paper on proportionality review was accepted at a student conference in Florence",
        "never once made a junior feel stupid for asking", "led JCI accreditation achieved in May 2022",
        "we procured 40 generators in winter 2022-23", "top of the class in academic year 2020-21",
        "her patience with new starters")}
    assert facts == {
        "her paper on proportionality review was accepted at a student conference in Florence":
            [("clause", "her paper on proportionality review was accepted at a student conference in Florence")],
        "never once made a junior feel stupid for asking": [("past", "never once made a junior feel stupid for asking")],
        "led JCI accreditation achieved in May 2022": [("past", "led the JCI accreditation, which was achieved in May 2022")],
        "we procured 40 generators in winter 2022-23": [("clause", "we procured 40 generators in the winter of 2022-23")],
        "top of the class in academic year 2020-21": [("past", "was top of the class in the 2020-21 academic year")],
        "her patience with new starters": [("noun", "her patience with new starters")]}  # no verb: a note

    def rec(**fields) -> str:
        context = {"recipient": "Claire Fontaine", "project": "Geneva NGO humanitarian finance",
                   "strengths": ["grant management"], "relationship": "same-team", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec(details="managed CHF 25m in donor grants; passed ECHO audit with no findings in 2022")
    assert "She passed the ECHO audit with no findings in 2022." in said and "finance passed" not in said.lower(), said
    said = rec(details="our outside counsel 2020-2022; closed the contract 3 weeks early", relationship="client")
    assert "She was our outside counsel from 2020 to 2022" in said, said
    assert "She has been my accountant since 2015." in rec(details="my accountant since 2015", relationship="client")
    said = rec(project="the Bucharest supply chain course", relationship="teacher",
               details="taught the 2020 cohort; supervised my thesis on pharmaceutical distribution")
    assert "I taught" not in said and "I was Claire's teacher" not in said, said  # she was the writer's teacher
    said = rec(details="never once made a junior feel stupid for asking")
    assert "She never once made a junior feel stupid for asking." in said, said


def test_a_figure_stands_beside_the_strongest_point_reader_206():
    """A measured result no strength names is said right after the first strength when that is
    a skill, plainly (no "For example"); a team's growth and a span of years are no such result;
    "Manager, Community Recovery" is a title, not a firm; the purpose is backed, never "I
    understand she is now focused on" it (readers 205, 206)."""
    def rec(strengths: list[str], details: str, **fields) -> str:
        return llmdraft.draft({"recipient": "Fatima Haddad", "project": "the triage redesign", "strengths": strengths,
                               "relationship": "same-team", "pronouns": "she", "details": details, **fields},
                              kind="recommendation", provider="offline").message
    said = rec(["process improvement", "patient safety"],
               "door-to-triage time fell from 22 to 9 minutes; presented results at the 2023 EM conference")
    first = said.split("\n\n")[0]
    assert "process improvement" in first and first.endswith("Door-to-triage time fell from 22 to 9 minutes."), said
    said = rec(["calm under pressure", "patient safety"], "door-to-triage time fell from 22 to 9 minutes")
    assert "Door-to-triage" not in said.split("\n\n")[0], said  # a quality causes no figure
    said = rec(["coaching agents"], "team grew from 12 to 40 agents")
    assert "grew" not in said.split("\n\n")[0], said
    said = rec(["contract law"], "our outside counsel 2020-2022", relationship="client")
    assert "To give one instance, she was" not in said, said  # years are no result
    assert realise.role("Manager, Community Recovery") == "Manager of Community Recovery"
    assert realise.role("Manager, Google") == "a manager at Google"
    said = rec(["process improvement"], "trained 48 nurses", purpose="her application for a nurse manager role")
    assert "I understand" not in said and "nurse manager role" in said, said


def test_the_review_of_cbfd7e3_over_matches():
    """A review of cbfd7e3 found its rules rewriting inputs they were not written for: a post
    with a verb after it ("our auditor in 2021 praised her reconciliations"), "supervised my
    research students", "led the team that achieved", "5 projects, which was", a passive after
    an adverb ("regularly invited to speak"), "fall" the verb, "every summer 2015-2019",
    "the UN agencies for the MBA consulting project", "for Telco", "the survey for Kenyan
    farmers", "the university of the lagos teaching hospital", "head of the platform", "in new
    payroll at Tesco", a line of work in a request passing an audit, "the neurology journal"."""
    def rec(details: str, **fields) -> str:
        context = {"recipient": "Ana Lima", "project": "the Sahel trade study", "strengths": ["stakeholder management"],
                   "relationship": "same-team", "pronouns": "she", "details": details, **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec("our auditor in 2021 praised her reconciliations")
    assert "Our auditor in 2021 praised her reconciliations." in said and "She was our auditor" not in said, said
    said = rec("our outside counsel 2020-2022; closed the contract 3 weeks early", relationship="client")
    assert "She was our outside counsel from 2020 to 2022" in said and "example, she was our" not in said, said
    assert "have been our supplier since 2012" in rec("our supplier since 2012 and never late", pronouns="they")
    said = rec("supervised my research students while I was on sabbatical", relationship="advisor")
    assert not re.search(r"taught me|learned from|I was Ana's student|studied under", said), said
    facts = {d: [(f.form, f.text) for f in realise.facts(d)] for d in (
        "led the team that achieved in 2022 a record", "managed 5 projects completed on time",
        "regularly invited to speak at conferences", "routinely assigned the hardest cases",
        "sales did not fall 2022-2023 despite the recession", "top scorer in season 2019-20",
        "her kindness to a new hire who was struggling")}
    assert facts == {
        "led the team that achieved in 2022 a record": [("past", "led the team that achieved in 2022 a record")],
        "managed 5 projects completed on time": [("past", "managed 5 projects completed on time")],
        "regularly invited to speak at conferences": [("past", "was regularly invited to speak at conferences")],
        "routinely assigned the hardest cases": [("past", "was routinely assigned the hardest cases")],
        "sales did not fall 2022-2023 despite the recession":
            [("clause", "sales did not fall 2022-2023 despite the recession")],
        "top scorer in season 2019-20": [("past", "was named top scorer in the 2019-20 season")],
        "her kindness to a new hire who was struggling": [("noun", "her kindness to a new hire who was struggling")]}
    projects = {typed: realise.project(typed).text for typed in (
        "MBA consulting project - UN agencies", "telco - billing migration", "survey, Kenyan farmers",
        "university of lagos teaching hospital", "head of platform at Monzo", "new payroll at Tesco",
        "front office, Ritz London", "Neurology journal editorial board", "robotics team, Kibera girls")}
    assert projects == {
        "MBA consulting project - UN agencies": "the MBA consulting project (UN agencies)",
        "telco - billing migration": "the billing migration for the telco",
        "survey, Kenyan farmers": "the survey of Kenyan farmers",
        "university of lagos teaching hospital": "the university of lagos teaching hospital",
        "head of platform at Monzo": "the head of platform at Monzo",
        "new payroll at Tesco": "the new payroll at Tesco",
        "front office, Ritz London": "the front office at Ritz London",
        "Neurology journal editorial board": "the Neurology journal editorial board",
        "robotics team, Kibera girls": "the robotics team (Kibera girls)"}
    request = llmdraft.draft({"recipient": "Luc Bernard", "project": "Geneva NGO humanitarian finance",
                              "strengths": ["grant management"], "relationship": "managed-you",
                              "details": "passed the ECHO audit with no findings"}, kind="request", provider="offline").message
    assert "finance at a Geneva NGO passed" not in request and "I passed the ECHO audit" in request, request


def test_a_project_typed_in_another_language_is_quoted_whole_reader_204():
    """"on the implantación del ERP SAP en Grupo Calvo" mixed two languages in one phrase; a
    title typed in another language is quoted whole, its own words untouched; English around a
    name ("Tesis de máster - logistics optimisation for Mercadona") is not; a course keeps its
    frame ("in the diplomado en ...")."""
    from llmdraft.realise.words import in_another_language
    assert realise.project("implantación del ERP SAP en Grupo Calvo, planta de Carballo").on == \
        "on \u201cImplantación del ERP SAP en Grupo Calvo, planta de Carballo\u201d"
    assert realise.project("KAIST 대학원 연구실 (로봇 공학)").text == "\u201cKAIST 대학원 연구실 (로봇 공학)\u201d"
    assert not in_another_language("Tesis de máster - logistics optimisation for Mercadona warehouse")
    assert not in_another_language("café kranzler barista")
    assert not in_another_language("playlist recommender side proj (hack week)")
    assert realise.project("diplomado en liquidación de siniestros").on == "in the diplomado en liquidación de siniestros"


def test_what_readers_207_to_209_found_at_0aeac24():
    """Readers 207-209: brands typed on a phone ("olive garden", "gtbank", "usmc") in lower
    case, "the bank teller gtbank", "on the target store 1123", "her customer success" as a
    purpose, "I would also point to a first job out of college", "140% of quota Q3", "The grant
    of €12m approved in 2020.", "The thesis awarded 110/110 cum laude.", "worked together on
    Kabul", "at MSc Public Policy", "I was Sarah-Jane's supplier" of one who did our books."""
    from llmdraft.realise.words import _phone_names
    assert _phone_names("the kitchen at olive garden") == "the kitchen at Olive Garden"
    assert _phone_names("kept comms up w usmc, got ccna") == "kept comms up w USMC, got CCNA"
    assert _phone_names("hit every target at target") == "hit every target at target"  # a word (review)
    assert _phone_names("screened 400 cvs, got the best buy-in") == "screened 400 cvs, got the best buy-in"
    projects = {typed: (realise.project(typed).np, realise.project(typed).on) for typed in (
        "bank teller gtbank", "target store 1123", "kabul", "MSc Public Policy, group project on housing",
        "Bocconi MSc Finance - thesis on ESG bond spreads")}
    assert projects == {
        "bank teller gtbank": ("the bank teller role at GTBank", "in the bank teller role at GTBank"),
        "target store 1123": ("the Target store 1123", "at the Target store 1123"),
        "kabul": ("in Kabul", "in Kabul"),
        "MSc Public Policy, group project on housing": ("the group project on housing in the MSc Public Policy",
                                                         "on the group project on housing in the MSc Public Policy"),
        "Bocconi MSc Finance - thesis on ESG bond spreads": (
            "the thesis on ESG bond spreads in the MSc Finance at Bocconi",
            "on the thesis on ESG bond spreads in the MSc Finance at Bocconi")}
    assert realise.purpose("customer success").text == "my move into customer success"
    assert realise.purpose("hospital supply chain").text == "my move into hospital supply chain"
    said = {d: realise.fact_sentences(realise.facts(d), "She", True, "her thesis") for d in (
        "thesis awarded 110/110 cum laude", "grant of €12m approved in 2020")}
    said["reached 140% of quota Q3"] = realise.fact_sentences(realise.facts("reached 140% of quota Q3"), "She", True)
    assert said == {"thesis awarded 110/110 cum laude": ["The thesis was awarded 110/110 cum laude."],
                    "grant of €12m approved in 2020": ["The grant of €12m was approved in 2020."],
                    "reached 140% of quota Q3": ["She reached 140% of quota in Q3."]}

    def rec(**fields) -> str:
        context = {"recipient": "Priya Nair", "project": "swiggy product analytics", "strengths": ["sql"],
                   "relationship": "managed-you", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec(details="first job out of college; retention dashboard used by leadership weekly")
    assert "point to a first job" not in said and "It was her first job out of college." in said.split("\n\n")[0], said
    assert "Swiggy" in said, said
    said = rec(project="bank teller gtbank", relationship="same-team", details="trained 3 new tellers")
    assert "during her time as a bank teller at GTBank" in said, said  # a post many hold
    said = rec(relationship="vendor", project="Holloway Plumbing - bookkeeping",
               details="she's done our books for 6 yrs as a freelancer; found a $4,800 double payment")
    assert "supplier" not in said and "take on work for" not in said, said  # we were her client


def test_the_contexts_of_readers_197_to_209_that_failed_a_check():
    """Readers 197-209's contexts now run through the checks (tests/data/readers): a name typed
    in lower case and said in full ("dr. zhang wei"), a year then a full stop ending a detail,
    "he reported to me" making the writer a manager whatever the form said, "she said to message
    her here", a brand a check would call invented ("AP Computer Science"), "clear reporting to
    the client" asked of the client. Reader 199's two connection notes whose project and
    strengths cannot share 200 characters stay out: one check or the other must fail there."""
    from llmdraft.names import greeting
    assert greeting("dr. zhang wei", formal=False, close=True) == "Zhang Wei"
    assert realise.notes("started on the ovens 2021. took over the sourdough starter", second=True) == \
        ["Started on the ovens in 2021", "Took over the sourdough starter"]
    said = llmdraft.draft({"recipient": "Carlos Mendoza", "project": "supplier quality", "strengths": ["root cause analysis"],
                           "relationship": "reported-to-you", "pronouns": "he",
                           "details": "He reported to me for 3 years; cut supplier defect rate from 1.8% to 0.4%"},
                          kind="recommendation", provider="offline")
    assert not said.failed_errors, said.failed_errors
    said = llmdraft.draft({"recipient": "Ms Lopez", "project": "ESL classes", "strengths": ["speaking confidence"],
                           "relationship": "teacher", "days_since": 50,
                           "details": "i was in the evening class 2022\nshe said to message her here"},
                          kind="followup", provider="offline")
    assert "message you here" not in said.message and not said.failed_errors, said.message


def test_details_that_say_who_stood_above_whom_reader_210():
    """"Yusuf was a senior colleague of mine ..., and he worked under me", "As the more senior
    colleague, I worked alongside Hamid" of one who "taught me Revit", "I was always glad to
    have her on the team" of a peer who was the writer's manager (reader 210)."""
    def rec(relationship: str, details: str) -> str:
        return llmdraft.draft({"recipient": "Yusuf Demir", "project": "the metro signalling upgrade",
                               "strengths": ["PLC programming"], "relationship": relationship, "pronouns": "he",
                               "details": details}, kind="recommendation", provider="offline").message
    said = rec("junior-to-you", "worked under me as a graduate engineer for 18 months")
    assert "senior colleague of mine" not in said and "As a junior" not in said, said
    said = rec("senior-to-you", "senior architect; taught me Revit")
    assert "more senior colleague" not in said and "As the more senior" not in said, said
    said = rec("same-team", "he was my manager for 2 years; cut lead times by 30%")
    assert "on the team" not in said and "side by side" not in said, said
    said = rec("senior-to-you", "I trained him; he taught me Revit")
    assert "senior" in said.split(".")[0], said  # both ways typed: the form stands


def test_the_review_of_47bb2fb_over_matches():
    """A review of the rules to 47bb2fb: an adverb before a deed with its object ("personally
    called every donor"), "cvs", "at target", "her move into masters in graphic design", a
    figure the world moved ("footfall fell during covid") beside the first strength, "our lawyer
    since 2015 and never lost a case" left a fragment, "my first job" as hers, a town as a doer,
    "bank teller lagos" at Lagos, "the cabin crew in the BA", "from Q2 to in Q3", phone English
    quoted as another language ("w hubspot"), "founded the club in 2015. now 300 members" split
    and lost, "started on time" made hers, "joined the board" first as the scene."""
    assert realise.facts("personally called every donor after the gala") == \
        [realise.Fact("personally called every donor after the gala", "past")]
    assert realise.purpose("masters in graphic design").text == "a master's in graphic design"
    assert realise.purpose("career in customer success").text == "my career in customer success"
    assert realise.purpose("hospital supply chain").text == "my move into hospital supply chain"  # still one
    assert [f.text for f in realise.facts("grew pipeline from Q2 to Q3")] == ["grew the pipeline from Q2 to Q3"]
    assert realise.notes("founded the club in 2015. now 300 members", second=True) == \
        ["Founded the club in 2015. Now 300 members"]  # one detail: nothing of it lost
    from llmdraft.realise.words import in_another_language
    assert not in_another_language("zapier automations w hubspot")
    projects = {typed: realise.project(typed).text for typed in ("bank teller lagos", "cabin crew at BA",
                                                                  "summer job at MBA Polymers")}
    assert projects == {"bank teller lagos": "the bank teller role in Lagos", "cabin crew at BA": "the cabin crew at BA",
                        "summer job at MBA Polymers": "the summer job at MBA Polymers"}

    def rec(details: str, **fields) -> str:
        context = {"recipient": "Ana Lima", "project": "the Lisbon store", "strengths": ["process improvement"],
                   "relationship": "same-team", "pronouns": "she", "details": details, **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec("footfall fell from 2,000 to 1,200 a day during covid; she kept every job")
    assert "Footfall" not in said.split("\n\n")[0], said
    said = rec("our lawyer since 2015 and never lost a case", strengths=["contract law"], relationship="client")
    assert "She has been our lawyer since 2015 and never lost a case" in said, said
    said = rec("my first job out of college; she taught me the trade", relationship="senior-to-you")
    assert "her first job" not in said, said
    said = rec("evacuated 40 staff in 2021; delivered on budget", project="kabul")
    assert "In Kabul evacuated" not in said and "In Kabul was" not in said, said
    said = rec("raised our seed round; hired 12 engineers; joined the board in 2021")
    assert not said.split("\n\n")[1].startswith("She joined the board"), said  # a deed, no scene


def test_a_firm_with_its_work_in_brackets_reader_212():
    """"on Rakuten (e-commerce UX redesign)", "on Mercadona (store in Valencia)", "on Médecins
    Sans Frontières (mission Bangui)": the work at the firm, or the firm's site."""
    projects = {typed: realise.project(typed).np for typed in (
        "Rakuten (e-commerce UX redesign)", "Mercadona (store in Valencia)", "Médecins Sans Frontières (mission Bangui)",
        "PT Indofood (production line Cikarang)", "Project Phoenix (billing rewrite)")}
    assert projects == {
        "Rakuten (e-commerce UX redesign)": "the e-commerce UX redesign at Rakuten",
        "Mercadona (store in Valencia)": "the Mercadona store in Valencia",
        "Médecins Sans Frontières (mission Bangui)": "the Médecins Sans Frontières mission in Bangui",
        "PT Indofood (production line Cikarang)": "the PT Indofood production line in Cikarang",
        "Project Phoenix (billing rewrite)": "Project Phoenix (billing rewrite)"}  # a code name keeps its aside


def test_what_readers_213_to_215_found_at_9744edc():
    """"I sent your a draft you could edit", "The everyone asked for him by name.", "The project
    met at a conference in 2019.", "we were classmates at KAIST" offered as a detail, "You have
    since moved to UNICEF", "I was Yusuf's advisor" of one who "supervised my master's thesis",
    "I was Kwame's teacher" of one who "recommended me for the olympiad"."""
    from llmdraft.realise.voice import to_second_person
    assert to_second_person("I sent her a draft she could edit") == "I sent you a draft you could edit"
    assert realise.fact_sentences(realise.facts("everyone asked for him by name"), "He", True, "the bar") == \
        ["Everyone asked for him by name."]

    def rec(relationship: str, details: str, project: str = "the hypertension trial") -> str:
        return llmdraft.draft({"recipient": "Yusuf Okoro", "project": project, "strengths": ["trial design"],
                               "relationship": relationship, "pronouns": "he", "details": details},
                              kind="recommendation", provider="offline").message
    assert "We met at a conference in 2019." in rec("same-team", "met at a conference in 2019")
    said = rec("advisor", "he supervised my master's thesis from 2019 to 2021")
    assert "I was Yusuf's advisor" not in said and "I advised" not in said, said
    said = rec("teacher", "he recommended me for the national science olympiad", "Form 3 chemistry")
    assert "I taught" not in said and "I was Yusuf's teacher" not in said, said

    def request(details: str) -> str:
        return llmdraft.draft({"recipient": "Ji-woo Kim", "project": "the KAIST capstone", "strengths": ["UX research"],
                               "relationship": "classmate", "details": details}, kind="request", provider="offline").message
    assert "classmates at KAIST" not in request("we were classmates at KAIST, 2016")
    assert "UNICEF" not in request("she has since moved to UNICEF")


def test_a_career_change_typed_as_the_project_is_the_persons_move():
    """"barista -> junior dev", "nursing to pharma", "the hospitality-to-HR transition at
    Marriott" are a move between careers: "during my move from ... to ...", in a recommendation
    "during her move", never "on the barista to junior dev" nor "the teacher to product" as a
    place (reader 214). An arrow between two tools or a " to " after no post or field is work."""
    moves = {
        "line cook -> software bootcamp": "my move from line cook to the software bootcamp",
        "teaching to product design": "my move from teaching to product design",
        "army -> logistics coordinator at dhl": "my move from the army to logistics coordinator at DHL",
        "retail to tech sales - best buy": "my move from retail to tech sales at Best Buy",
        "Lagos hotel group, front desk to HR": "my move from the front desk to HR at the Lagos hotel group",
        "career switch from accounting into data science": "my move from accounting to data science",
        "my nursing-to-pharma switch": "my move from nursing to pharma",
    }
    for typed, said in moves.items():
        found = realise.project(typed)
        assert (found.text, found.form) == (said, "change"), typed
        assert found.on == "during " + said
    assert realise.project("teacher to PM, 2021-2023").text == "my move from teacher to PM from 2021 to 2023"
    assert realise.project("Lagos, teacher to PM").text == "my move from teacher to PM in Lagos"
    assert realise.project("nursing to pharma, pfizer").text == "my move from nursing to pharma at Pfizer"
    for work in ("Oracle -> Postgres migration", "excel -> python", "intro to stats", "export to Brazil",
                 "monolith -> microservices", "road to nationals", "monolith to microservices transition",
                 "switch from AWS to GCP", "churn 8% -> 3% (support team)", "admin support to the CEO",
                 "IT support to 40 schools", "teaching to adult learners", "military to civilian transition program",
                 "kitchen -> POS rollout", "Lisp interpreter", "game server at Riot"):  # review of 59802e3
        assert realise.project(work).form != "change", work

    def draft(kind: str, relationship: str) -> str:
        return llmdraft.draft({"recipient": "Amara Obi", "sender": "Lena Park", "project": "waitress -> UX researcher",
                               "strengths": ["interviewing"], "relationship": relationship, "pronouns": "she",
                               "details": "ran 30 user interviews; now owns the onboarding research"},
                              kind=kind, provider="offline").message
    assert "during my move from waitress to UX researcher" in draft("request", "classmate")
    assert "our work together during my move from waitress to UX researcher" in draft("followup", "managed-you") \
        or "our work during my move from waitress to UX researcher" in draft("followup", "managed-you")
    said = draft("recommendation", "managed-you")
    assert "during her move from waitress to UX researcher" in said, said
    assert "She now owns the onboarding research." in said, said  # the move owns nothing


def test_a_post_typed_as_the_project_is_held_not_worked_on():
    """"pharmacy tech at cvs", "server at olive garden", "bootcamp TA", "first job, admin at
    ...": a post the person held, "during her time as a server at Olive Garden"; "the server
    migration" is work and "health tech" a sector (reader 214)."""
    assert realise.project("pharmacy tech at cvs").text == "the pharmacy tech role at CVS"
    assert realise.project("server at olive garden").text == "the server role at Olive Garden"
    assert realise.project("bootcamp TA").text == "the bootcamp TA role"
    assert realise.project("first job - barista at starbucks").text == "the barista role at Starbucks"
    assert realise.project("the server migration").text == "the server migration"
    assert "role" not in realise.project("health tech at Babylon").text
    said = llmdraft.draft({"recipient": "Lucía Gómez", "project": "server at olive garden", "strengths": ["upselling"],
                           "relationship": "managed-you", "pronouns": "she"}, kind="recommendation",
                          provider="offline").message
    assert "during her time as a server at Olive Garden" in said, said


def test_letters_brands_days_and_own_deeds_typed_on_a_phone():
    """"cx roles", "p&l basics", "it support", "3d design", "every tues", "in may" at the end,
    "led 10-person squad", "now security analyst", "still works at the cafe", "shipped her first
    pr" (hers, never "I shipped her first PR") (reader 214)."""
    assert realise.clean("looking at cx and it support roles") == "looking at CX and IT support roles"
    assert realise.clean("it was p&l basics and 3d design") == "it was P&L basics and 3D design"
    assert realise.clean("a 2 hr shift, then the hr team at 5 pm") == "a 2-hour shift, then the HR team at 5 pm"
    assert realise.clean("came every tues; defended in may") == "came every Tuesday; defended in May"
    assert realise.clean("led 10-person squad") == "led a 10-person squad"
    assert realise.clean("volunteered with the red cross and peace corps") == \
        "volunteered with the Red Cross and Peace Corps"
    said = llmdraft.draft({"recipient": "Ines Duarte", "project": "the mobile app", "strengths": ["Swift"],
                           "relationship": "advisor", "pronouns": "she",
                           "details": "shipped her first pr to an open source repo; promoted her to lead in 2022; "
                                      "now security analyst; still works at the cafe mornings"},
                          kind="recommendation", provider="offline").message
    assert "She shipped her first PR" in said and "I shipped" not in said, said
    assert "I promoted her to lead in 2022" in said, said
    for clause, said_as in (("now in use at 12 clinics", "works in use"), ("now works offline", "She now works offline"),
                            ("now owns 40% of the market", "She now owns 40%"), ("built her a dashboard", "She built her"),
                            ("now my manager", "works as my manager")):  # review of 59802e3
        one = llmdraft.draft({"recipient": "Ines Duarte", "project": "the patient intake app", "strengths": ["Swift"],
                              "relationship": "advisor", "pronouns": "she", "details": clause},
                             kind="recommendation", provider="offline").message
        assert said_as not in one, (clause, one)
    assert realise.clean("led 8-person team; they each sat with me; made it team policy; covered the pm shift") == \
        "led an 8-person team; they each sat with me; made it team policy; covered the pm shift"
    assert "works as a security analyst" in said and "Now security analyst" not in said, said
    assert "still works at the cafe" in said, said


def test_what_readers_216_and_217_found_at_the_session_start():
    """"His work also took in the ex-bartender.", "I would also point to a first job after uni.",
    "on the ecobank", "on Walmart Labs", "the nursing school clinicals at mass general" (readers
    216, 217): who the person was before is said as such, an employer is worked at, and a brand
    typed in lower case in the project has its owner's spelling."""
    said = llmdraft.draft({"recipient": "Jake Moreno", "project": "the outbound SDR team", "strengths": ["cold calling"],
                           "relationship": "managed-you", "pronouns": "he",
                           "details": "ex-bartender; first job after uni"}, kind="recommendation",
                          provider="offline").message
    assert "He worked as a bartender before this." in said, said
    assert "It was his first job after uni." in said, said
    assert "took in" not in said and "point to a first job" not in said, said
    assert realise.project("ecobank").on == "at Ecobank"
    assert realise.project("Walmart Labs").on == "at Walmart Labs"
    assert realise.project("peace corps").on == "in the Peace Corps"
    assert realise.project("Shopify").on == "on Shopify"  # a platform one builds on
    assert realise.project("Project Phoenix").on == "on Project Phoenix"
    assert realise.project("nursing school clinicals at mass general").text == \
        "the nursing school clinicals at Mass General"
    assert realise.project("BMW Group — supplier quality audits 2021–2023").text == \
        "the supplier quality audits from 2021 to 2023 at the BMW Group"  # never "in 2021 (2023)"
    assert realise.project("tesis de maestria - UNAM").text == "my master's thesis at UNAM"
    assert realise.project("Masterarbeit - RWTH Aachen").text == "my master's thesis at RWTH Aachen"
    assert realise.role("ops lead latam") == "ops lead for LATAM"
    assert realise.role("QA lead at client side") == "a QA lead on the client side"
    assert realise.role("division officer (now at aws)") == "a division officer"


def test_what_reader_217_typed_on_a_phone():
    """"3 qtrs", "1 yr", "mtgs", "state comp", "er nurse", "dfw7", "hcps", "3d planning
    software", "explaining complex stuff simply" (never "complex simply") (reader 217)."""
    assert realise.clean("hit 130% quota 3 qtrs in a row, promoted after 1 yr") == \
        "hit 130% quota 3 quarters in a row, promoted after 1 year"
    assert realise.clean("booked most mtgs; won 2nd at state comp; a former er nurse") == \
        "booked most meetings; won 2nd at state competition; a former ER nurse"
    assert realise.facts("amazon warehouse dfw7") == [realise.Fact("Amazon warehouse DFW7", "noun")]
    assert realise.strengths(["communication with hcps"])[0].item() == "Communication with HCPs"
    assert realise.strengths(["3d planning software"])[0].item() == "3D planning software"
    assert realise.strengths(["explaining complex stuff simply"])[0].item() == "Explaining complex things simply"
    assert realise.clean("went 2d ago") == "went 2d ago"


def test_the_review_of_the_phone_and_employer_rules():
    """Over-matches a review found in b09de50..24cbc76: a trade's letters, a course or a term
    is no employer; a named period keeps its span; "mtg", "comp", "2d", "web3" and "stuff" only
    where they mean what the rule says; a region after "of" stays; a single note is never lost
    for containing "school"."""
    for typed, said in (("P&L", "on P&L"), ("NYC", "on NYC"), ("Coursera", "on Coursera"),
                        ("Working Capital", "on Working Capital"), ("the peace corps", "in the Peace Corps")):
        assert realise.project(typed).on == said, typed
    assert realise.project("tax year 2022-23 at HMRC").text == "the tax year 2022-23 at HMRC"
    assert realise.clean("played mtg with the team; built regional comp bands; served in the 2d battalion") == \
        "played mtg with the team; built regional comp bands; served in the 2d battalion"
    assert realise.clean("a 6 mth contract over several mths; handled the legal stuff") == \
        "a 6-month contract over several months; handled the legal work"
    assert realise.facts("web3 and java17")[0].text == "web3 and java17"
    assert realise.role("head of latam") == "head of LATAM"  # never "head of for LATAM"
    expected = {"the school fundraiser": "the school fundraiser",
                "former teacher 3 years": "worked as a teacher for 3 years before this",
                "er nurse 4 years": "was an ER nurse for 4 years"}
    base = {"recipient": "Ana Ruiz", "project": "the clinic", "strengths": ["triage"], "relationship": "managed-you",
            "pronouns": "she"}
    said = {d: llmdraft.draft({**base, "details": d}, kind="recommendation", provider="offline").message for d in expected}
    assert all(expected[d] in said[d] for d in expected), said


def test_strengths_and_purposes_typed_in_another_language_said_in_english():
    """"Geduld", "gestão de budget", "enfermería pediátrica", "bon esprit d'équipe", "muy
    organizada", "vaga de gerente de marketing": said in English, and the checks find them so
    (reader 219); a phrase with a word the table does not know stays as typed."""
    from llmdraft.realise.translate import english
    assert [english(t) for t in ("Geduld", "gestão de budget", "enfermería pediátrica", "bon esprit d'équipe",
                                 "muy organizada", "protocolos de higiene", "cuidado com os pacientes")] == [
        "patience", "budget management", "paediatric nursing", "good team spirit", "very organised",
        "hygiene protocols", "care for patients"]
    assert [english(t) for t in ("patience", "team spirit", "Universidad de Chile", "marketing de contenidos",
                                 "no experience")] == [None] * 5
    assert realise.purpose("vaga de gerente de marketing").text == "a marketing manager job"
    draft = llmdraft.draft({"recipient": "Ana Costa", "project": "the Ekos launch", "relationship": "managed-you",
                            "strengths": ["gestão de budget", "Geduld"], "purpose": "vaga de gerente de marketing"},
                           kind="request", provider="offline")
    assert "Budget management" in draft.message and "Patience" in draft.message, draft.message
    assert all(c.passed for c in draft.checks if c.name in ("strengths_covered", "purpose_stated")), draft.checks


def test_projects_typed_as_a_kind_of_work_or_an_org_and_its_post():
    """"freelance - logo for my bakery", "Osaka bakery chain — store manager", "PayBridge (Lagos
    fintech) - support lead", "Kraków software house - QA", "Wilson Plumbing / my kitchen
    remodel" (reader 216)."""
    assert realise.project("freelance - logo + brand guide for my bakery").text == \
        "the freelance logo and brand guide for my bakery"
    assert realise.project("Osaka bakery chain — store manager").text == "the store manager role at the Osaka bakery chain"
    assert realise.project("PayBridge (Lagos fintech) - customer support lead").text == \
        "the customer support lead role at PayBridge (a Lagos fintech)"
    assert realise.project("Wilson Plumbing / my kitchen remodel").text == "my kitchen remodel with Wilson Plumbing"


def test_what_reader_218_typed_on_a_phone():
    """"The internship stayed late ...", "The first thing I would say is that data driven
    teaching.", "learned jira on his own to track.", "zero incidents on his shift 18 months",
    "my move from restaurant mgmt ... to the now doing a data bootcamp" (reader 218)."""
    found = realise.facts("stayed late during year end crunch w/o being asked")
    assert realise.fact_sentences(found, "She", True, "the summer internship at Deloitte") == \
        ["She stayed late during year end crunch without being asked."]
    assert realise.strengths(["data driven teaching"])[0].item() == "Data-driven teaching"
    assert realise.clean("learned jira on his own to track stuff") == "learned Jira on his own to track things"
    assert realise.clean("zero incidents on his shift 18 months") == "zero incidents on his shift for 18 months"
    assert realise.clean("spent 2 years") == "spent 2 years"
    assert realise.project("restaurant mgmt at olive garden -> now doing a data bootcamp").text == \
        "my move from restaurant management at Olive Garden to a data bootcamp"


def test_the_review_of_the_translation_and_the_reworded_projects():
    """Over-matches a review found in 758b110 and c9846bb: English with a British spelling or a
    small word is never translated ("organisation of a 40-person team", "moving to Canada for a
    master's"); a German noun the table lacks leaves the phrase as typed; a plural modifier is
    singular ("project management"); a purpose in Spanish names its country in English and still
    passes grounded; "my old company - PM", "The Ritz hotel - concierge", "(Berlin)" as typed."""
    from llmdraft.realise.translate import english
    for typed in ("organisation and a calm manner", "organisation of a 40-person team", "moving to Canada for a master's",
                  "Geduld mit Patienten"):
        assert english(typed) is None, typed
    assert [english(t) for t in ("gestão de projetos", "vaga no Canadá", "compromiso con la calidad",
                                 "travail en équipe et autonomie")] == [
        "project management", "job in Canada", "commitment to quality", "teamwork and autonomy"]
    draft = llmdraft.draft({"recipient": "Ana Costa", "project": "the Ekos launch", "relationship": "managed-you",
                            "strengths": ["Geduld"], "purpose": "para un doctorado en Alemania"},
                           kind="recommendation", provider="offline")
    assert all(c.passed for c in draft.checks if c.severity == "error"), [c for c in draft.checks if not c.passed]
    assert "at the my" not in realise.project("my old company - project manager").on
    assert realise.project("The Ritz hotel - concierge").text == "the concierge at The Ritz hotel"
    assert "(a Berlin)" not in realise.project("Acme (Berlin) - engineer").text


def test_what_readers_220_to_222_found_at_6b1e14a():
    """A purpose in French whose last words the table lacks crashed the draft ("candidature au
    barreau de Paris", reader 221); "200 bags/hr" is per hour, never "HR" (reader 220); a note
    after a career change is no place ("hospitality to HR, she interned with us", reader 222)."""
    from llmdraft.realise.translate import english
    for typed in ("candidature au barreau de Paris", "poste au", "de", "au Canada", "para", "e", "muy",
                  "gestion de", "Geduld und", "stage au cabinet d'avocats Martin & Associés, Lyon"):
        english(typed)  # no exception, whatever the shape
    draft = llmdraft.draft({"recipient": "Maître Philippe Martin", "project": "Stage au cabinet Martin & Associés",
                            "strengths": ["recherche juridique"], "relationship": "managed-you",
                            "purpose": "candidature au barreau de Paris"}, kind="request", provider="offline")
    assert draft.message.startswith("Hello Maître") or draft.message.startswith("Dear Maître"), draft.message
    assert realise.clean("delaying 200 bags/hr; the hr team") == "delaying 200 bags an hour; the HR team"
    assert realise.project("hospitality to HR, she interned with us in people ops").text == "my move from hospitality to HR"
    assert realise.project("hospitality -> HR transition, Marriott").text == "my move from hospitality to HR at Marriott"
    said = llmdraft.draft({"recipient": "Rahul Iyer", "project": "Tiffin Box", "strengths": ["fundraising"],
                           "relationship": "same-team", "pronouns": "he", "details": "co-founders"},
                          kind="recommendation", provider="offline").message
    assert "took in the co-founders" not in said and "included the co-founders" not in said, said  # readers 219, 222


def test_what_readers_223_to_225_found_in_projects_roles_and_facts():
    """A class year stays with its class, a cohort and a quarter range are said once, a
    department after a comma is the one the work was in, a course typed "course of X" is the X
    course, a body's name keeps its capital; a clinician is a consultant in a field; two languages
    stay two; a journal's name takes no article; a change typed with its subject keeps its "by";
    a measure brought below a mark was brought there."""
    assert realise.project("Columbia Law School, JD class of 2016").text == "the JD class of 2016 at Columbia Law School"
    assert realise.project("MBA at INSEAD, 2020 cohort").text == "the MBA at INSEAD (2020 cohort)"
    assert realise.project("Osaka–Seattle supply chain dashboard (Q3 2021 – Q1 2022)").text \
        == "the Osaka-Seattle supply chain dashboard from Q3 2021 to Q1 2022"
    assert realise.project("PhD thesis at Jagiellonian University, chemistry department").text \
        == "my PhD thesis in the chemistry department at Jagiellonian University"
    assert realise.project("MSc at UCL, department of physics").text == "the MSc in the Department of Physics at UCL"
    assert realise.project("course of Machine Learning, Politecnico di Milano, 2019").text \
        == "the Machine Learning course at Politecnico di Milano in 2019"
    assert realise.project("Department of Health policy unit").text == "the Department of Health policy unit"
    assert realise.project("Introduction to Public Policy (evening course)").text.startswith("the Introduction to Public Policy")
    assert realise.project("Renovation of Amman municipal library").text.startswith("the renovation of")
    assert realise.project("FPT Software, Japanese client project").text == "the Japanese client project at FPT Software"
    assert realise.role("Consultant, Emergency Medicine") == "a consultant in emergency medicine"
    assert realise.role("Director, Finance") == "Director of Finance"
    assert realise.strength("French and Haitian Creole").text == "French and Haitian Creole"
    assert realise.facts("we co-edited the Journal of Tax Law notes section")[0].text \
        == "we co-edited the Journal of Tax Law notes section"
    assert realise.facts("won state competition")[0].text == "won the state competition"
    assert realise.facts("He reduced payment failures 30%")[0].text == "He reduced payment failures by 30%"
    assert realise.facts("case fatality rate brought below 1.5%")[0].text == "case fatality rate was brought below 1.5%"
    assert realise.facts("wait times kept under 10 minutes")[0].text == "wait times were kept under 10 minutes"
    assert realise.facts("built the sales dashboard that used by 200 people")[0].text \
        == "built the sales dashboard that was used by 200 people"
    assert realise.facts("wrote the report the board adopted unchanged")[0].text \
        == "wrote the report the board adopted unchanged"
    assert realise.facts("prices unchanged")[0].text == "prices were unchanged"


def test_a_recommendation_turns_the_relationship_where_the_context_says_who_taught_or_supplied_whom():
    """A "Prof." typed as taught by the writer, a strength only a teacher is praised for, a
    detail about the writer's child, a freelancer typed as the writer's client, a detail saying
    the writer worked under them or they under the writer: the draft follows what the context
    says, never "I taught Professor Larsen" (readers 223-225)."""
    def rec(**fields) -> str:
        context = {"recipient": "Ingrid Larsen", "project": "Thermodynamics II, NTNU", "strengths": ["clear explanations"],
                   "relationship": "teacher", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message
    said = rec(recipient="Prof. Ingrid Larsen")
    assert "Professor Larsen" in said and not re.search(r"\bI taught\b|my student|as (?:her|their) teacher", said), said
    said = rec(strengths=["patient teacher"], project="Korean language course at Yonsei")
    assert not re.search(r"\bI taught\b|As (?:her|their) teacher", said), said
    said = rec(recipient="John Appiah", pronouns="he", project="Year 10 maths tutoring", strengths=["patience"],
               details="my son went from a 4 to a 7 in his GCSE mocks")
    assert not re.search(r"\bI taught\b|his teacher", said) and "client" in said, said
    said = rec(recipient="Sato, Yuki", relationship="vendor", strengths=["precision"],
               project="translation of technical manuals", details="freelance translator JP-EN; more than 2000 pages")
    assert "supplier" not in said and "My work for her" not in said, said
    said = rec(recipient="Dr. Ayesha Khan", relationship="senior-to-you", project="the neonatal ICU",
               strengths=["clinical leadership"], details="I was a resident under her for three years")
    assert "more senior colleague" not in said, said
    said = rec(recipient="Kofi Mensah", relationship="reported-to-you", pronouns="he", project="the paediatric ward",
               strengths=["diagnosis"], details="house officer then medical officer under me")
    assert "I reported to Kofi" not in said and re.search(r"Kofi reported to me|I managed Kofi", said), said
    said = rec(recipient="Prof. Ingrid Larsen", relationship="same-team", strengths=["thermodynamics"])
    assert "Professor Larsen" not in said, said  # a colleague: her name as the writer knows it


def test_the_review_of_readers_223_to_225_over_matches():
    """What the writer says of their own part outweighs a title or a praise ("I supervised his
    PhD", "he was my teaching assistant"); a child named in passing is no client's; a freelancer
    the writer worked for stays their client; a senior post in her team is no junior's; "under her
    predecessor", "the analyst under me" turn nothing. Projects: a course named after its
    teacher, an organisation's cohort, quarters typed "to" or "Q1–Q3", a department with no "at".
    Facts: an active "that attended", an acronym's article, a deed done "unchanged"."""
    def first_line(**fields) -> str:
        context = {"recipient": "Ama Mensah", "project": "the clinic", "strengths": ["diagnosis"],
                   "relationship": "teacher", "pronouns": "she", **fields}
        return llmdraft.draft(context, kind="recommendation", provider="offline").message.split("\n")[0]
    said = first_line(recipient="Prof. Chen Wei", relationship="advisor", pronouns="he",
                      details="I supervised his PhD from 2010 to 2015; he is now a full professor")
    assert "taught me" not in said and "Professor" not in said, said
    said = first_line(strengths=["clear explanations"], recipient="Omar Ali", pronouns="he",
                      details="he was my teaching assistant for two years")
    assert not re.search(r"studied under|learned from|taught me", said), said
    said = first_line(strengths=["patient teacher"], relationship="advisor", details="I supervised her teaching practice")
    assert not re.search(r"studied under|learned from|taught me", said), said
    for details in ("I coached her for 3 seasons alongside my daughter", "she was a classmate of my son"):
        assert "client" not in first_line(details=details), details
    assert "client" in first_line(project="my son's GCSE maths tutoring")
    said = first_line(relationship="vendor", details="freelance work I did for her studio; she paid on time")
    assert "Ama was my client" in said or "supplier" in said, said
    assert not first_line(relationship="managed-you", details="I was the ward manager on her ward").startswith("I reported")
    assert "junior colleague" not in first_line(relationship="senior-to-you", details="I was head chef in her kitchen")
    assert "reported to Ama" not in first_line(relationship="managed-you",
                                               details="I served as clinical director under her predecessor")
    assert "Ama reported to me" not in first_line(relationship="reported-to-you",
                                                  details="when she left, the analyst under me took over her role")
    assert realise.project("course of Dr. Rossi").text == "the course of Dr. Rossi"
    assert realise.project("module of Financial Accounting").text == "the Financial Accounting module"
    assert realise.project("Teach First, 2019 cohort").text == "the 2019 cohort at Teach First"
    assert realise.project("Harvard Business School, class of 2019").text == "the class of 2019 at Harvard Business School"
    assert realise.project("MIT Sloan MBA, class of 2023").text == "the MIT Sloan MBA class of 2023"
    assert realise.project("website redesign Q3 2021 to Q1 2022").text == "the website redesign from Q3 2021 to Q1 2022"
    assert realise.project("website redesign (Q1–Q3 2021)").text == "the website redesign from Q1 2021 to Q3 2021"
    assert realise.project("PhD, department of physics").text == "PhD in the Department of Physics"
    assert realise.project("summer internship at Morgan Stanley, Fixed Income Division").text \
        == "the summer internship in the Fixed Income Division at Morgan Stanley"
    assert realise.project("Department for Education tutoring programme").text == "the Department for Education tutoring programme"
    assert realise.project("Introduction of Salesforce across sales").text.startswith("the introduction of")
    assert "Freelance for" not in realise.project("Freelance, Japanese client project").text
    assert realise.facts("students that attended in person")[0].text == "students that attended in person"
    assert realise.facts("presented at AWS summit")[0].text == "presented at the AWS summit"
    assert realise.facts("approved the budget unchanged")[0].text == "approved the budget unchanged"
    assert realise.facts("migrated 40 services with the API unchanged")[0].text == "migrated 40 services with the API unchanged"
    assert realise.role("General Counsel, Legal") == "a general counsel in the legal team"
    assert realise.role("Partner, Tax") == "a partner in tax"


def test_what_readers_226_to_228_typed():
    """A purpose in another language's shape said in English's ("applying for MPH", "looking for
    new job", "in other winery", "my scholarship Fulbright"); a career change typed with its
    arrows and a note after them ("army medic -> ems -> now applying to pa school", "hospitality
    -> hr: he was my front office mgr", "costco -> it support"); the post before an arrow and a
    note about the person; employers and letters typed in lower case."""
    assert realise.purpose("applying for MPH in the Netherlands").text == "applying for an MPH in the Netherlands"
    assert realise.purpose("looking for new job in consulting").text == "looking for a new job in consulting"
    assert realise.purpose("job search in logistics analytics").text == "my job search in logistics analytics"
    assert realise.purpose("I am applying for export manager in other winery").text \
        == "I am applying for an export manager role in another winery"
    assert realise.purpose("my scholarship Fulbright").text == "my Fulbright scholarship"
    assert realise.purpose("applying for PhD programs").text == "applying for PhD programs"
    assert realise.purpose("applying for jobs in other countries").text == "applying for jobs in other countries"
    assert realise.purpose("I'm up for promotion").text == "I'm up for promotion"
    assert realise.project("army medic -> ems -> now applying to pa school").text == "my move from army medic to EMS"
    assert realise.project("hospitality -> hr: he was my front office mgr at marriott downtown, now hr generalist").text \
        == "my move from hospitality to HR"
    assert realise.project("costco -> it support, he volunteered to run our store's tech stuff").text \
        == "my move from Costco to IT support"
    assert realise.project("phd lab -> leaving academia for data science").text == "my move from the PhD lab to data science"
    assert realise.project("restaurant mgmt at olive garden -> now doing a data bootcamp").text \
        == "my move from restaurant management at Olive Garden to a data bootcamp"
    assert realise.project("4th grade teacher at lincoln elementary -> she did our product pilot").text \
        == "the 4th grade teacher role at Lincoln Elementary"
    assert "->" not in realise.project("monolith -> microservices").text
    assert realise.clean("customer support team at stripe; worked at ibm; 3pl warehouse") \
        == "customer support team at Stripe; worked at IBM; 3PL warehouse"
    assert realise.clean("worked in r&d") == "worked in r&d"


def test_what_readers_226_and_227_found_in_strengths_and_names():
    """"help new colleague" and "train worker" are deeds done to people, "lead engineer" a post,
    "Go and Postgres" the language, "Kommunikation im Team" team communication; a verb after a
    head with "to" agrees with the head; a Polish name typed family name first is greeted by the
    given name, and "Don" before a given name is an honorific."""
    assert realise.strength("help new colleague").text == "helping new colleagues"
    assert realise.strength("train worker").text == "training workers"
    assert realise.strength("train new staff").form == "verb"
    assert realise.strength("lead engineer").about("he", "his") == ("clause", "he is a lead engineer")
    assert realise.strength("Go and Postgres performance tuning").about("he", "his")[1].startswith("Go and")
    assert realise.strength("Kommunikation im Team").text == "team communication"
    message = llmdraft.draft({"recipient": "Ana Lee", "project": "the after-school club", "pronouns": "she",
                              "strengths": ["patience", "kindness to kids"], "relationship": "same-team"},
                             kind="recommendation", provider="offline").message
    assert "Her kindness to kids deserves a mention" in message, message
    assert greeting("Kowalska Agnieszka", formal=False) == "Agnieszka"
    assert greeting("Agnieszka Kowalska", formal=False) == "Agnieszka"
    assert greeting("Ryan Mitchell", formal=False) == "Ryan"
    assert greeting("Don Jaime Martínez", formal=False) == "Jaime"
    assert greeting("Don Draper", formal=False) == "Don"


def test_a_request_tells_no_one_their_own_post_reader_227():
    """"he was the Toyota side lead, I was at Denso" and "we met during the audit" are where each
    stood, which the one asked knows; "(he told me)" is their own word: none is offered back as a
    detail to use."""
    def request(details: str) -> str:
        return llmdraft.draft({"recipient": "Hiroshi Tanaka", "project": "the supplier quality audit",
                               "strengths": ["root cause analysis"], "relationship": "different-companies",
                               "details": details}, kind="request", provider="offline").message
    said = request("we met during the audit; he was the Toyota side lead, I was at Denso; cut defects by 40%")
    assert "Toyota side lead" not in said and "met during" not in said and "40%" in said, said
    said = request("sales up after new packaging (he told me); cut defects by 40%")
    assert "told me" not in said and "new packaging" in said, said


def test_a_recommendation_closes_in_three_lines_at_most_readers_220_227():
    """Vantage, a friend's line, the aim and the close were four stock lines in a row: the
    vantage goes where the opening said how they knew each other."""
    message = llmdraft.draft({"recipient": "Leila Ahmadi", "project": "the heart research unit", "pronouns": "she",
                              "strengths": ["statistical analysis", "mentoring residents"], "closeness": "close",
                              "relationship": "senior-to-you", "purpose": "her application for a research director post",
                              "details": "ran the weekly journal club for 4 years"},
                             kind="recommendation", provider="offline").message
    ending = message.split("\n\n")[-1]
    assert len(re.findall(r"[.!?](?:\s|$)", ending)) <= 3, message
    assert message.index("mentoring residents") < message.index("journal club"), message


def test_details_in_another_languages_shape_readers_225_226():
    """A bare verb after "he" or "she" is what they did (or, after "always", what they do); a
    length of time takes its "for"; a post held for years takes its article."""
    said = {t: realise.facts(t)[0].text for t in (
        "He train me when I join the team", "she work with me 5 years", "he is maintenance supervisor 4 years",
        "She is like family member", "she always help colleagues", "he never miss a deadline",
        "she project managed the move", "he read every report", "she speaks 3 languages")}
    assert said == {"He train me when I join the team": "He trained me when I joined the team",
                    "she work with me 5 years": "she worked with me for 5 years",
                    "he is maintenance supervisor 4 years": "he was a maintenance supervisor for 4 years",
                    "She is like family member": "She is like a family member",
                    "she always help colleagues": "she always helps colleagues",
                    "he never miss a deadline": "he never misses a deadline",
                    "she project managed the move": "she project managed the move",
                    "he read every report": "he read every report",
                    "she speaks 3 languages": "she speaks 3 languages"}


def test_what_reader_228_typed_on_a_phone():
    """"jr recruiter" is a junior recruiter and a first job of any post is the post; the sender's
    "i know youre busy, even 2-3 lines is fine" is no example to use; brands and letters typed in
    lower case."""
    assert realise.project("first job - jr recruiter at robert half").text == "the junior recruiter role at Robert Half"
    assert realise.project("sr analyst at kpmg").text == "the senior analyst role at KPMG"
    message = llmdraft.draft({"recipient": "Björn Lind", "project": "thesis project w/ volvo cars", "strengths": ["MATLAB"],
                              "relationship": "advisor", "days_since": 20, "details": "i know youre busy, even 2-3 lines is fine"},
                             kind="followup", provider="offline").message
    assert "busy, even" not in message and "Volvo Cars" in message, message
    assert realise.clean("rotc; ux/ui; ruby on rails; shrm-cp") == "ROTC; UX/UI; Ruby on Rails; SHRM-CP"


def test_the_review_of_readers_226_to_228_over_matches():
    """English first names ending like Polish family names ("Vicki Chen") and an English "Don"
    are greeted as typed; "ago" takes no "for"; a missing "is" is no verb ("he part of my team");
    what stays true stays present ("he speak four languages"); "other" before many things stays
    "other"; a two-word name stays after "fellowship"; no article before "MBA and MSc programs"
    nor "my next role"; "support worker" is a post; an arrow between stages of software is no
    career move; a tie note that tells the writer's own deed is kept."""
    assert [greeting(n, formal=False) for n in ("Vicki Chen", "Rebecka Andersson", "Don Michael Kelly", "Dvořáková Petra")] \
        == ["Vicki", "Rebecka", "Don", "Petra"]
    said = {t: realise.facts(t)[0].text for t in (
        "he worked with me two years ago on the audit", "he part of my team since 2019", "she nurse in ICU",
        "he speak four languages", "he always help me when I start")}
    assert said == {t: t for t in ("he worked with me two years ago on the audit", "he part of my team since 2019",
                                   "she nurse in ICU")} | {"he speak four languages": "he speaks four languages",
                                                           "he always help me when I start": "he always helps me when I start"}
    assert realise.purpose("applying for roles in other industries").text == "applying for roles in other industries"
    assert realise.purpose("my fellowship Marie Curie").text == "my fellowship Marie Curie"
    assert realise.purpose("applying for MBA and MSc programs").text == "applying for MBA and MSc programs"
    assert realise.purpose("looking for next role in fintech").text == "looking for my next role in fintech"
    assert realise.purpose("hoping to master in-demand skills").text.endswith("master in-demand skills")
    assert realise.strength("support worker").form == "person"
    assert realise.strength("Go, Kubernetes").text == "Go and Kubernetes"
    for typed in ("dev -> prod", "pilot -> production", "startup -> IPO", "warehouse -> WMS"):
        assert realise.project(typed).form != "change", typed
    assert realise.project("warehouse -> forklift lead -> shift manager").text == "my move from the warehouse to shift manager"
    message = llmdraft.draft({"recipient": "Ken Ito", "project": "the recall", "strengths": ["root cause analysis"],
                              "relationship": "different-companies",
                              "details": "he was the lead on the recall, I was the one who traced the faulty batch in 48 hours"},
                             kind="request", provider="offline").message
    assert "48 hours" in message, message


def test_degrees_boards_and_clients_typed_loosely_reader_227():
    """"Phd" is a PhD, a Board of Trustees takes its article and keeps its capitals, and "for
    insurance client" is for an insurance client."""
    assert realise.project("Phd, Department of History, Trinity College Dublin").text.startswith("the PhD at the Department of History")
    assert realise.project("Board of Trustees, Yorkshire Community Arts Trust").text \
        == "the Board of Trustees at the Yorkshire Community Arts Trust"
    assert realise.project("Salesforce implementation for insurance client, Accenture Dublin").text.startswith(
        "the Salesforce implementation for an insurance client")


def test_a_field_or_degree_and_its_school_with_a_class_year_reader_232():
    assert realise.project("Civil Engineering, METU, class of 2015").text == "Civil Engineering at METU (class of 2015)"
    assert realise.project("MBA, Wharton, class of 2019").text == "the MBA at Wharton (class of 2019)"


def test_what_reader_229_typed_in_a_second_language():
    """"never give up" said of him gives up; "good at explain" is at explaining (never "at
    excelling" for Excel); "around by 20%" is by around 20%; "arrived New Jersey March 2022" in
    both; "before deadline" the deadline; "30 enterprise customer" customers, "two school apps"
    as typed."""
    assert realise.strength("never give up").about("he", "his") == ("clause", "he never gives up")
    assert realise.strength("good at explain").text == "good at explaining"
    assert realise.strength("good at excel").mine() == "how good I am at Excel"
    said = {t: realise.facts(t)[0].text for t in (
        "reduced waiting time around by 20%", "the first container arrived New Jersey March 2022",
        "delivered 2 months before deadline", "she managed 30 enterprise customer", "built two school apps in Flutter")}
    assert said == {"reduced waiting time around by 20%": "reduced the waiting time by around 20%",
                    "the first container arrived New Jersey March 2022": "the first container arrived in New Jersey in March 2022",
                    "delivered 2 months before deadline": "delivered 2 months before the deadline",
                    "she managed 30 enterprise customer": "she managed 30 enterprise customers",
                    "built two school apps in Flutter": "built two school apps in Flutter"}, said


def test_the_review_of_the_last_rules_and_reader_230():
    """A number in a label is no count ("a Band 6 nurse", "our 2021 intern"); "moved Berlin",
    "arrived Friday", "almost by 2023" and "on deadline" stay as typed; "never be late" said of him
    is "is never late"; a school and its town with a class year; "at school" takes no article;
    a post at a firm and then another is a server and then a shift lead there."""
    said = {t: realise.facts(t)[0].text for t in ("was a Band 6 nurse in the ICU", "was our 2021 intern",
                                                  "moved Berlin in 2019", "arrived Friday May 2021",
                                                  "finished the rollout almost by 2023")}
    assert said == {"was a Band 6 nurse in the ICU": "was a Band 6 nurse in the ICU", "was our 2021 intern": "was our 2021 intern",
                    "moved Berlin in 2019": "moved Berlin in 2019", "arrived Friday May 2021": "arrived Friday May 2021",
                    "finished the rollout almost by 2023": "finished the rollout almost by 2023"}, said
    assert "on deadline every night" in realise.facts("wrote clean copy on deadline every night")[0].text
    assert realise.strength("never be late").about("he", "his") == ("clause", "he is never late")
    assert realise.project("Lincoln High School, Springfield, class of 2010").text \
        == "the class of 2010 at Lincoln High School in Springfield"
    assert realise.project("science fair at school").text == "the science fair at school"
    message = llmdraft.draft({"recipient": "Kevin Lee", "project": "server role at Olive Garden then shift lead",
                              "strengths": ["customer service"], "relationship": "managed-you", "pronouns": "he"},
                             kind="recommendation", provider="offline").message
    assert message.startswith("I managed Kevin during his time as a server and then a shift lead at Olive Garden."), message


def test_what_readers_233_to_236_found():
    """"bullet pts" are bullet points, never patients; a general manager of Facilities; "moot
    court" typed as a strength is his moot court work, never "I valued his moot court"."""
    assert realise.clean("you asked for bullet pts and I sent them") == "you asked for bullet points and I sent them"
    assert realise.role("General Manager, Facilities") == "General Manager of Facilities"
    assert realise.strength("moot court").about("he", "his") == ("own", "his moot court work")
    assert realise.strength("Model UN").about("she", "her") == ("own", "her Model UN work")


def test_projects_and_facts_readers_237_to_240():
    """A list of names after a comma stays a list; a firm with its work in brackets is the work
    at the firm (a code name keeps its aside); "2019-now" is since 2019; a date is never said
    twice; a month's point ends no detail; a year is no count; what someone runs is theirs now."""
    said = {t: realise.project(t).text for t in (
        "translation of our patient consent forms into Mandarin, Malay and Tamil",
        "Airbus Toulouse (A350 cabin certification)", "FPT Software (Japanese client outsourcing)",
        "Acme Corp (freelance)", "bookkeeping for my bakery 2019-now")}
    assert said == {
        "translation of our patient consent forms into Mandarin, Malay and Tamil":
            "the translation of our patient consent forms into Mandarin, Malay and Tamil",
        "Airbus Toulouse (A350 cabin certification)": "the A350 cabin certification at Airbus in Toulouse",
        "FPT Software (Japanese client outsourcing)": "the Japanese client outsourcing at FPT Software",
        "Acme Corp (freelance)": "Acme Corp",
        "bookkeeping for my bakery 2019-now": "bookkeeping for my bakery since 2019"}, said
    facts = {t: [(f.text, f.form) for f in realise.facts(t)] for t in (
        "published the runbook in Oct 2023", "started in sep. 2019", "joined oct 2020 as intern",
        "runs the internal R user group")}
    assert facts == {"published the runbook in Oct 2023": [("published the runbook in Oct 2023", "past")],
                     "started in sep. 2019": [("started in Sep 2019", "past")],
                     "joined oct 2020 as intern": [("joined in Oct 2020 as an intern", "past")],
                     "runs the internal R user group": [("runs the internal R user group", "present")]}, facts
    assert realise.facts("published in Lancet ID 2018")[0].text == "published in Lancet ID in 2018"  # a journal's year


def test_strengths_and_purposes_readers_237_to_240():
    """"very organized person" is how organized; a post typed as a strength is her work as one;
    a field named by an adjective is his work in it; "people" is people skills; a short field as
    the purpose is a move into it."""
    assert (realise.strength("very organized person").text, realise.strength("very organized person").form) == ("very organized", "adjective")
    assert realise.strength("hard worker").form == "person"  # a kind of person, kept
    assert realise.strength("bridge engineer").about("she", "her") == ("own", "her work as a bridge engineer")
    assert realise.strength("electrical").about("he", "his") == ("own", "his electrical work")
    assert realise.strength("people").about("she", "her") == ("own", "her people skills")
    assert realise.strength("composite materials").about("he", "his") == ("own", "his work with composite materials")
    assert realise.purpose("HR").text == "my move into HR"
    assert realise.purpose("IT help desk").text == "my move into IT help desk work"


def test_drafts_readers_237_to_240():
    """A purpose in another language the realiser cannot say is left out (purpose_stated says
    so), one it can is said in English; "stayed on call" is the person's, "stayed under budget"
    the work's; a request tells the reader neither their own post nor their whereabouts, nor
    that they said yes."""
    ctx = {"recipient": "Tom Ash", "project": "the AWS migration", "relationship": "same-team",
           "strengths": ["calm under pressure"], "channel": "linkedin-message"}
    result = llmdraft.draft({**ctx, "purpose": "quiero aplicar a un puesto de senior en KPMG"}, kind="request", provider="offline")
    assert "quiero" not in result.message and "KPMG" not in result.message, result.message
    assert [c.passed for c in result.checks if c.name == "purpose_stated"] == [False]
    said = llmdraft.draft({**ctx, "purpose": "candidatura para mestrado em Lisboa"}, kind="request", provider="offline")
    assert "master's in Lisboa" in said.message, said.message
    rec = llmdraft.draft({**ctx, "pronouns": "he", "details": "stayed on call through the 3-day cutover; stayed under budget"},
                         kind="recommendation", provider="offline").message
    assert "He stayed on call through the 3-day cutover" in rec and "The AWS migration stayed under budget" in rec, rec
    request = llmdraft.draft({**ctx, "details": "he was my group leader; now he is in Bangalore at Ola Electric; "
                                                "he answered yes by WhatsApp; I led the DICOM module"},
                             kind="request", provider="offline").message
    assert "I led the DICOM module" in request and "Bangalore" not in request and "leader" not in request \
        and "WhatsApp" not in request, request
    kept = llmdraft.draft({**ctx, "details": "you were my manager at Deloitte"}, kind="request", provider="offline").message
    assert "Deloitte" in kept, kept  # where says more than the post


def test_what_readers_241_to_244_found():
    """A note that they said they'd do it, typed as a text ("u said u'd do it"), is no detail;
    "the translation of our grant applications" makes the writer the client; a connection note
    may leave the years out to keep every strength (project_named reads the name before the comma)."""
    ctx = {"recipient": "Sam Ortiz", "project": "gym front desk at Equinox", "relationship": "same-team",
           "strengths": ["sales"], "channel": "linkedin-message"}
    message = llmdraft.draft({**ctx, "details": "u said u'd do it after ur shift lol"}, kind="followup",
                             provider="offline").message
    assert "shift" not in message, message
    rec = llmdraft.draft({"recipient": "Marta Nowak", "project": "translation of our EU grant applications",
                          "relationship": "vendor", "strengths": ["Polish-English translation"], "pronouns": "she"},
                         kind="recommendation", provider="offline").message
    assert "supplier" not in rec and "as a client" not in rec and "I would hire Marta again" in rec, rec
    note = llmdraft.draft({"recipient": "Hannah Goldberg", "project": "Customer support team @ Zendesk, 2021-2024",
                           "strengths": ["de-escalation", "knowledge base writing", "mentoring new hires", "Spanish"],
                           "relationship": "managed-you", "closeness": "distant", "channel": "connection-note"},
                          kind="request", provider="offline")
    assert not note.failed_errors and len(note.message) <= 200, note.message


def test_second_round_readers_241_to_244():
    """A town typed after the work with a letter outside ASCII ("İzmir") takes "in"; a post
    at a firm typed with "@" says "at" once; a purpose's post takes its article; a passive
    typed without "was" gets it; "w" before a figure is "with"; a vendor who worked on "our
    credit union" was the writer's supplier."""
    assert realise.project("Türk Telekom fiber rollout İzmir").text == "the Türk Telekom fiber rollout in İzmir"
    assert realise.project("server @ olive garden, then shift lead").text == "the server then shift lead role at Olive Garden"
    assert realise.purpose("application for nursing manager position in Dubai").text \
        == "my application for a nursing manager position in Dubai"
    assert realise.purpose("application to Product Owner role at Mercado Libre").text \
        == "my application to the Product Owner role at Mercado Libre"
    assert realise.purpose("applying for INRAE research technician post").text == "applying for an INRAE research technician post"
    assert realise.purpose("hospital operations manager roles, civilian").text == "civilian hospital operations manager roles"
    assert realise.purpose("master application in TU München").text == "my master's application to TU München"
    said = {t: realise.facts(t)[0].text for t in ("final project on protein folding accepted at a NeurIPS workshop",
                                                  "translated 14 proposals, 9 of them funded",
                                                  "thesis on Urdu sentiment analysis, published at LREC 2022")}
    assert said == {"final project on protein folding accepted at a NeurIPS workshop":
                        "final project on protein folding was accepted at a NeurIPS workshop",
                    "translated 14 proposals, 9 of them funded": "translated 14 proposals and 9 of them were funded",
                    "thesis on Urdu sentiment analysis, published at LREC 2022":
                        "thesis on Urdu sentiment analysis was published at LREC 2022"}, said
    assert realise.clean("cut overtime by 15% w better scheduling") == "cut overtime by 15% with better scheduling"
    assert realise.clean("Szpital w Krakowie") == "Szpital w Krakowie"
    rec = llmdraft.draft({"recipient": "Kai Lee", "project": "penetration testing project for our credit union",
                          "relationship": "vendor", "strengths": ["thoroughness"], "pronouns": "he"},
                         kind="recommendation", provider="offline").message
    assert "supplier" not in rec and "as a client" not in rec, rec


def test_third_round_readers_245_to_248():
    """"self taught" is self-taught, never "the self was taught"; "he work in my team since
    2020" has worked; languages, storms and saints typed in lower case take their capitals; a
    security clearance is held, customs clearance is work; "you were on my team for 3 years" is
    no detail to offer the reader."""
    assert realise.facts("self taught SQL while teller")[0].text == "was self-taught in SQL while a teller"
    assert realise.facts("He work in my team since 2020")[0].text == "He has worked in my team since 2020"
    assert realise.clean("taught staff hawaiian history (hurricane ian relief)") \
        == "taught staff Hawaiian history (Hurricane Ian relief)"
    assert realise.clean("the storm hit the coast") == "the storm hit the coast"
    assert realise.clean("nurse at st marys hospital") == "nurse at St Mary's Hospital"
    assert realise.strength("security clearance").form == "credential"
    assert realise.strength("customs clearance").form != "credential"
    request = llmdraft.draft({"recipient": "Ann Lee", "project": "the audit", "relationship": "managed-you",
                              "strengths": ["SQL"], "details": "you were on my team for 3 years", "channel": "email"},
                             kind="request", provider="offline").message
    assert "3 years" not in request, request


def test_the_review_of_this_sessions_rules():
    """Over-matches a review found in the new rules (helper review of 24838e4), each kept apart."""
    assert realise.project("Infosys (former employer)").text == "Infosys (former employer)"
    assert realise.project("the 2019-now roadmap").text == "the 2019-now roadmap"
    facts = {t: realise.facts(t)[0].text for t in (
        "the project selected 5 vendors", "book published 2019", "5 of them hired me later",
        "trained 50 nurses, most of them promoted within a year", "Volunteers Anna recruited stayed on for a year",
        "onboarded 2000 new customer in Q1", "kept to budget", "hired Jan 2023 grads for the help desk")}
    assert facts == {"the project selected 5 vendors": "the project selected 5 vendors",
                     "book published 2019": "book was published in 2019",
                     "5 of them hired me later": "5 of them hired me later",
                     "trained 50 nurses, most of them promoted within a year":
                         "trained 50 nurses, most of whom were promoted within a year",
                     "Volunteers Anna recruited stayed on for a year": "Volunteers Anna recruited stayed on for a year",
                     "onboarded 2000 new customer in Q1": "onboarded 2000 new customers in Q1",
                     "kept to budget": "kept to budget",
                     "hired Jan 2023 grads for the help desk": "hired Jan 2023 grads for the help desk"}, facts
    assert [f.text for f in realise.facts("reported to Jan. 18 months later he left")] == ["reported to Jan", "18 months later he left"]
    said = {t: realise.clean(t) for t in ("Assoc. Prof. Tan", "Govt. of India", "installed 400 w solar panels",
                                          "found the best buy for every budget line")}
    assert said == {t: t for t in said}, said
    assert realise.purpose("my application in March").text == "my application in March"
    assert realise.purpose("devops").text == "my move into DevOps"
    assert realise.purpose("nursing jobs, recently relocated to Texas").text.endswith("relocated to Texas")
    assert greeting("M. Priya Patel", False) == "M. Priya Patel"
    assert greeting("M. Venkatesh Rao", False) == "M. Venkatesh Rao"
    ctx = {"recipient": "Ann Lee", "project": "the audit", "relationship": "managed-you", "strengths": ["SQL"], "channel": "email"}
    kept = llmdraft.draft({**ctx, "details": "you taught me Python and Power BI"}, kind="request", provider="offline").message
    assert "Power BI" in kept, kept
    rec = llmdraft.draft({"recipient": "Olivia Grant", "project": "the rollout of my company's CRM at her hospital",
                          "relationship": "vendor", "strengths": ["change management"], "pronouns": "she"},
                         kind="recommendation", provider="offline").message
    assert "I engaged Olivia" not in rec and "I brought Olivia in" not in rec, rec


def test_fourth_round_readers_245_to_248():
    """A career move typed with an arrow and a firm after it; "sat next to her" is the
    writer's; "and known for" gets its verb; a plural takes "are concerned"; a saint's hospital
    after the work takes "at"; a post and its level is a role; "in r" is R; a request does not
    offer the sender's next step as a detail, it says it as the purpose."""
    from llmdraft.compose import _tidy
    assert realise.project("retail bank teller -> junior data analyst at Capital One").text \
        == "my move from retail bank teller to junior data analyst at Capital One"
    assert realise.project("ICU rotation St Mary's").text == "the ICU rotation at St Mary's"
    assert realise.project("youth choir @ st andrews").np == "the youth choir at St Andrews"
    assert realise.facts("ran the sessions and known for staying late")[0].text == "ran the sessions and was known for staying late"
    assert realise.facts("video viewed and liked by 40k people")[0].text == "video was viewed and liked by 40k people"
    assert _tidy("Where triage decisions is concerned, I would trust her.") == "Where triage decisions are concerned, I would trust her."
    assert _tidy("Where analytics is concerned, I would trust her.") == "Where analytics is concerned, I would trust her."
    assert realise.purpose("data analyst II").text == "a data analyst II role"
    assert realise.clean("data cleaning in r") == "data cleaning in R"
    rec = llmdraft.draft({"recipient": "Emma Schmidt", "project": "the MRI software team", "relationship": "same-team",
                          "strengths": ["C++"], "pronouns": "she", "details": "sat next to her for 4 years"},
                         kind="recommendation", provider="offline").message
    assert "I sat next to her for 4 years" in rec and "She sat next to her" not in rec, rec
    request = llmdraft.draft({"recipient": "Ann Lee", "project": "the IT helpdesk", "relationship": "managed-you",
                              "strengths": ["troubleshooting"], "details": "moving to network admin; fixed 400 tickets",
                              "channel": "email"}, kind="request", provider="offline").message
    assert "I fixed 400 tickets" in request and "- Moving" not in request and "I'm moving to" in request, request


def test_kin_and_foreign_purposes_readers_241_245():
    """How the two are related is a note to oneself: never a detail offered to the reader nor a
    line of a public recommendation; a purpose that opens with a word of another language and
    that no table can say in English is left out."""
    from llmdraft.compose import _untranslated
    rec = llmdraft.draft({"recipient": "Ines Laurent", "project": "compliance at Crédit Agricole", "relationship": "managed-you",
                          "strengths": ["KYC"], "pronouns": "she",
                          "details": "she is my cousin but work was professional; cleared 300 KYC files"},
                         kind="recommendation", provider="offline").message
    assert "cousin" not in rec and "300 KYC files" in rec, rec
    request = llmdraft.draft({"recipient": "Omar Haddad", "project": "the warehouse", "relationship": "managed-you",
                              "strengths": ["inventory"], "channel": "email",
                              "details": "you are the owner's son; I cut picking errors by 20%"},
                             kind="request", provider="offline").message
    assert "owner's son" not in request and "I cut picking errors by 20%" in request, request
    assert [_untranslated(p) for p in ("busco trabajo como enfermera", "Bewerbung als Werkstudent bei Bosch",
                                        "vaga de gerente de marketing", "applying to Universidad de Chile")] \
        == [True, True, False, False]


def test_the_second_review_of_this_sessions_rules():
    """Over-matches the second review found (helper review of ef66c44), each kept apart."""
    facts = {t: realise.facts(t)[0].text for t in (
        "she write our release notes since 2019", "he join us in 2019 and since then lead the QA team",
        "Phase I completed in March, 2 weeks early", "self-taught developer, 5 years in fintech",
        "teached me 5S", "without stop the production line")}
    assert facts == {"she write our release notes since 2019": "she has written our release notes since 2019",
                     "he join us in 2019 and since then lead the QA team": "he joined us in 2019 and since then lead the QA team",
                     "Phase I completed in March, 2 weeks early": "Phase I was completed in March, 2 weeks early",
                     "self-taught developer, 5 years in fintech": "self-taught developer, 5 years in fintech",
                     "teached me 5S": "taught me 5S",
                     "without stop the production line": "without stopping the production line"}, facts
    assert realise.purpose("applying for nurse II").text == "applying for nurse II"
    assert realise.clean("led the nail polish market analysis; taught asl classes; cyclone separator maintenance") \
        == "led the nail polish market analysis; taught ASL classes; cyclone separator maintenance"
    assert realise.project("warehouse expansion St Louis").text == "the warehouse expansion in St Louis"
    from llmdraft.compose import _tidy
    assert _tidy("Where Kubernetes is concerned, I would trust her.") == "Where Kubernetes is concerned, I would trust her."
    ctx = {"recipient": "Ann Lee", "project": "IT helpdesk", "relationship": "managed-you", "strengths": ["SQL"], "channel": "email"}
    message = llmdraft.draft({**ctx, "details": "moving to Azure saved us $40k a year; fixed 400 tickets"},
                             kind="request", provider="offline").message
    assert "I'm moving to Azure" not in message and "saved us $40k" in message, message
    rec = llmdraft.draft({"recipient": "Lucia Ruiz", "project": "the pastry section", "relationship": "managed-you",
                          "strengths": ["lamination"], "pronouns": "she",
                          "details": "trained under him at Noma before joining us; sat next to her for 4 years"},
                         kind="recommendation", provider="offline").message
    assert "She trained under him at Noma" in rec and "I sat next to her" in rec, rec
    vendor = llmdraft.draft({"recipient": "Olivia Grant", "project": "the brand strategy I delivered for my client",
                             "relationship": "vendor", "strengths": ["strategy"], "pronouns": "she"},
                            kind="recommendation", provider="offline").message
    assert "I brought Olivia in" not in vendor and "I engaged Olivia" not in vendor, vendor
    followup = llmdraft.draft({**ctx, "details": "she replied 'of course, give me a week' on 3 May", "days_since": 30},
                              kind="followup", provider="offline").message
    assert "give me a week" not in followup, followup


def test_posts_typed_with_where_readers_246_249():
    """A post with its unit and school in brackets, a course's TA and a firm's account read as
    the post or the work where it was."""
    said = {t: realise.project(t).on for t in ("research assistant (neuro lab, UCSD)", "deep learning course TA at Tsinghua",
                                               "Infosys (Barclays account)")}
    assert said == {"research assistant (neuro lab, UCSD)": "in the research assistant role in the neuro lab at UCSD",
                    "deep learning course TA at Tsinghua": "in the TA role for the deep learning course at Tsinghua",
                    "Infosys (Barclays account)": "on the Barclays account at Infosys"}, said


def test_second_language_shapes_reader_249():
    """A master's typed "master", a programme typed before its firm, a body by its letters, a
    bare verb after "he" mid-sentence, "36 hours shifts" and "in the peak of"."""
    said = {t: realise.purpose(t).text for t in ("application for master in social work at TISS", "trainee program Ambev",
                                                 "a job in Dubai RTA", "job in Dubai")}
    assert said == {"application for master in social work at TISS": "my application for a master's in social work at TISS",
                    "trainee program Ambev": "the Ambev trainee program", "a job in Dubai RTA": "a job at Dubai RTA",
                    "job in Dubai": "a job in Dubai"}, said
    assert realise.facts("in 2022 he lead the migration of 120 services")[0].text == "in 2022 he led the migration of 120 services"
    assert realise.facts("He worked 36 hours shifts in the peak of the second wave")[0].text \
        == "He worked 36-hour shifts at the peak of the second wave"


def test_roles_and_dates_reader_252():
    """A title and its department after a comma take "of"; a post in title case that many hold
    is said in lower case after "a"; a year or a span after a detail's comma is said as one."""
    assert realise.role("Director, Revenue Management") == "Director of Revenue Management"
    assert realise.role("Pediatric Pulmonologist") == "a pediatric pulmonologist"
    assert realise.role("Former Supply Chain Director") == "a former supply chain director"
    assert realise.role("Chief Information Officer") == "Chief Information Officer"
    assert realise.facts("Results were published in Lancet Global Health, 2020")[0].text \
        == "Results were published in Lancet Global Health in 2020"
    assert realise.facts("advised on rebalancing a 2.1bn fund, 2020-2022")[0].text \
        == "advised on rebalancing a 2.1bn fund from 2020 to 2022"


def test_worst_sentences_of_reader_237_and_238():
    """A typed correction ("she was my boss... no, she was junior") keeps the correction; a bare
    verb after "but she" takes its past; "stayed on for 3 days" is the person's; a post typed with
    "civilian" is a civilian role; a detail in another language stays out of a recommendation."""
    assert realise.facts("she was my boss... no, she was junior but she teach me lean")[0].text \
        == "she was junior but she taught me lean"
    assert realise.purpose("cybersecurity analyst civilian").text == "a civilian cybersecurity analyst role"
    rec = llmdraft.draft({"recipient": "Maria Santos", "project": "the emergency room", "relationship": "managed-you",
                          "strengths": ["triage"], "pronouns": "she",
                          "details": "stayed on for 3 days straight during the typhoon; 2 ans dans mon équipe à Lyon"},
                         kind="recommendation", provider="offline").message
    assert "She stayed on for 3 days straight" in rec and "dans mon" not in rec, rec


def test_the_third_review_of_this_sessions_rules():
    """Over-matches the third review found (helper review of 38b9f57), each kept apart."""
    from llmdraft.compose import _tidy, _untranslated
    from llmdraft.compose.common import KIN
    assert realise.purpose("job in UK").text == "a job in the UK"
    assert realise.purpose("applying for Master of Public Health at Emory").text == "applying for Master of Public Health at Emory"
    assert not _untranslated("Candidature for the Chevening Scholarship")
    assert KIN.match("she's my cousin") and KIN.match("she is my cousin but work was professional")
    assert not KIN.match("she is my cousin and we rebuilt the payroll process together")
    assert not KIN.match("you were my son's coach and got him into the county squad")
    assert realise.role("Associate, Brookfield Asset Management") == "an associate at Brookfield Asset Management"
    assert realise.project("Unilever (key account)").text == "the Unilever account"
    assert _tidy("Where SOPs is concerned, I") == "Where SOPs are concerned, I"
    assert _tidy("Where Kubernetes is concerned, I") == "Where Kubernetes is concerned, I"
    facts = {t: realise.facts(t)[0].text for t in (
        "restored the leaded windows in the chapel", "I was choosed for the award",
        "finished the project without delay and under budget", "spent 6 months training 40 nurses on Epic",
        "if she need help, she ask me first", "she lead the team since then", "won Employee of the Year, 2019-2020")}
    assert facts == {"restored the leaded windows in the chapel": "restored the leaded windows in the chapel",
                     "I was choosed for the award": "I was chosen for the award",
                     "finished the project without delay and under budget": "finished the project without delay and under budget",
                     "spent 6 months training 40 nurses on Epic": "spent 6 months training 40 nurses on Epic",
                     "if she need help, she ask me first": "if she need help, she asks me first",
                     "she lead the team since then": "she has led the team since then",
                     "won Employee of the Year, 2019-2020": "won Employee of the Year, 2019-2020"}, facts
    assert realise.clean("translated for polish customers; cleaned the data with r") \
        == "translated for Polish customers; cleaned the data with R"
    assert realise.project("volunteer (front desk, Red Cross)").on == "in the volunteer role at the front desk at Red Cross"
