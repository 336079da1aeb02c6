"""Issue 10, second round: classes where a careful reader and the checks disagreed on messages
written by people (nicknames and honorifics, small talk about weekdays, thanks in other
languages, offers inside a longer sentence, a strength named by its head noun). Each class has
phrasings that pass and, beside them, the near misses that must still fail, so recall is kept.
"""

from __future__ import annotations

import pytest

from llmdraft.checks import run_checks
from llmdraft.checks.base import spelt_out
from llmdraft.kinds import context_for
from llmdraft.names import is_form_of

BASE = {"recipient": "Olivia Grant", "project": "charity gala", "strengths": ["sponsorship sales"],
        "relationship": "same-team", "channel": "linkedin-message"}
BODY = (" would you write me a recommendation about the charity gala and my sponsorship sales? "
        "I'd be glad to write one for you too. Thanks!")


def verdicts(message: str, kind: str = "request", **changes) -> dict:
    ctx = context_for(kind, {**BASE, **changes})
    return {r.name: r for r in run_checks(kind, ctx, message, None)}


@pytest.mark.parametrize("greeted, recipient", [
    ("Liv", "Olivia Grant"), ("Bill", "William Hart"), ("Peggy", "Margaret Hale"),
    ("Teo", "Teodora Ilic"), ("Tina", "Christina Ko"), ("Sato-san", "Hiroshi Sato"),
    ("Gupta-ji", "Anil Gupta"), ("Bob", "Robert Ng"),
])
def test_short_forms_nicknames_and_honorifics_greet_the_recipient(greeted, recipient):
    assert is_form_of(greeted, recipient)
    result = verdicts(f"{greeted},{BODY}", recipient=recipient)
    assert result["recipient_named"].passed, result["recipient_named"].detail
    assert result["grounded"].passed, result["grounded"].detail


@pytest.mark.parametrize("greeted, recipient", [
    ("Dan", "Jordan Lee"), ("Sam", "Priya Natarajan"), ("Grant", "Olivia Grant"),
    ("Ann", "Joanna Roe"), ("Marcus", "Olivia Grant"),
])
def test_other_names_are_someone_else(greeted, recipient):
    assert not is_form_of(greeted, recipient)
    assert not verdicts(f"Hi {greeted},{BODY}", recipient=recipient)["recipient_named"].passed


def test_a_models_lead_in_line_is_not_the_opening():
    text = "Sure! Here's a draft you can send:\n\nHi Olivia," + BODY
    assert verdicts(text)["recipient_named"].passed


@pytest.mark.parametrize("said", [
    "She briefed the sponsors each Monday morning.", "I sent the deck by Friday.",
    "We met at 7pm on a Saturday.", "She gives 110% to everything.",
    "I 100% recommend her.", "Several sponsors asked about next year.",
    "I hope the garden survived the storm last week.",
])
def test_routine_times_and_idioms_are_not_invented_facts(said):
    result = verdicts(f"Hi Olivia!\n{said}{BODY}")
    assert result["grounded"].passed, result["grounded"].detail


@pytest.mark.parametrize("said", [
    "We worked together for 5 years.", "She raised 40% more than last year.",
    "We launched it in March.", "Her team of 12 sold it out.", "We met at Deloitte.",
])
def test_invented_facts_still_fail_grounded(said):
    assert not verdicts(f"Hi Olivia!\n{said}{BODY}")["grounded"].passed


@pytest.mark.parametrize("acronym", ["EHO", "HVAC", "CNA", "IEP", "POS"])
def test_more_trade_acronyms_are_not_names(acronym):
    result = verdicts(f"Hi Olivia, our {acronym} work went well.{BODY}")
    assert result["grounded"].passed, result["grounded"].detail


@pytest.mark.parametrize("sign_off", ["Cheers!", "merci!!", "Gracias!", "Danke.", "Obrigada!"])
def test_thanks_in_a_sign_off_or_another_language(sign_off):
    text = ("Hi Olivia, would you write me a recommendation about the charity gala and my "
            f"sponsorship sales? I'd be glad to write one for you. {sign_off}")
    assert verdicts(text)["thanks"].passed


def test_no_thanks_still_fails():
    text = "Hi Olivia, would you write me a recommendation about the charity gala and my sponsorship sales?"
    assert not verdicts(text)["thanks"].passed


@pytest.mark.parametrize("ask", [
    "I'll write u one back obviously, what do u want in it?",
    "Glad to write you one too - what should it say?",
    "I can write one for you also, tell me which skills.",
    "I'll write you one right back - tell me what you want in it.",
])
def test_asking_what_their_recommendation_should_say(ask):
    text = f"Hi Olivia, would you recommend me for the charity gala and my sponsorship sales? {ask}"
    assert verdicts(text)["asks_their_strengths"].passed


def test_asking_what_to_say_about_me_is_not_asking_about_them():
    text = "Hi Olivia, would you recommend me for the charity gala? What should it say about my sponsorship sales?"
    assert not verdicts(text)["asks_their_strengths"].passed


@pytest.mark.parametrize("out", ["Zero pressure.", "Whenever suits you, thanks!",
                                 "Whenever you get a chance - thanks."])
def test_time_is_a_graceful_out(out):
    assert verdicts(f"Hi Olivia, any chance of that recommendation? {out}",
                    kind="followup")["graceful_out"].passed


def test_a_friendly_reminder_leans_only_without_a_way_out():
    light = verdicts("Hi Olivia, just a friendly reminder about the recommendation for the "
                     "charity gala. No worries if now isn't a good time. Thank you!", kind="followup")
    heavy = verdicts("Hi Olivia, just a friendly reminder about the recommendation for the "
                     "charity gala. Thank you!", kind="followup")
    assert light["no_pressure"].passed
    assert not heavy["no_pressure"].passed


@pytest.mark.parametrize("condition", [
    "I'll write you one back, only if you write mine first though.",
    "I'll write yours as soon as yours is up.",
    "Happy to write one for you once mine is posted.",
])
def test_conditional_offers_are_swap_deals(condition):
    text = f"Hi Olivia, would you recommend my sponsorship sales on the charity gala? {condition}"
    result = verdicts(text)
    assert not result["no_swap_deal"].passed
    assert result["reciprocal_offer"].passed


def test_advice_to_offer_is_not_an_offer():
    text = ("Here are some tips for asking: be specific, be polite, and offer to return the "
            "favour.")
    assert not verdicts(text)["reciprocal_offer"].passed


def test_a_strength_in_the_offers_sentence_still_counts():
    text = ("Olivia - you write me a recommendation about the charity gala (my sponsorship sales "
            "work) and I'll write you one back. Thanks")
    assert verdicts(text)["strengths_covered"].passed


def test_the_offer_alone_does_not_cover_a_writing_strength():
    text = ("Hi Olivia, would you recommend me for the charity gala? I'd be glad to write one "
            "for you.")
    assert not verdicts(text, strengths=["grant writing"])["strengths_covered"].passed


@pytest.mark.parametrize("strength, said, ok", [
    ("event logistics", "I handled the logistics on the night", True),
    ("KPI reporting", "I built the weekly KPIs reporting", True),
    ("calm outage handling", "how I kept calm during the outages", True),
    ("event logistics", "I handled the logistics budget", False),
    ("patient coaching", "my coaching", False),
    ("event logistics", "I sold tickets", False),
    ("good w customers", "how good I am with customers", True),  # "w" is texting for "with"
    ("good w customers", "how good I am with suppliers", False),
])
def test_a_strength_named_by_its_head_or_its_plural(strength, said, ok):
    text = f"Hi Olivia, would you recommend me for the charity gala, mentioning {said}?"
    assert verdicts(text, strengths=[strength])["strengths_covered"].passed is ok


@pytest.mark.parametrize("gap", ["[number]", "[company]", "[their name]", "[x]"])
def test_lower_case_gaps_in_brackets_are_placeholders(gap):
    assert not verdicts(f"Hi Olivia, we raised {gap} at the charity gala.{BODY}")["no_placeholders"].passed


def test_a_lower_case_name_in_a_recommendation_is_still_the_person():
    text = ("olivia's sponsorship sales carried the charity gala. she called every lead herself "
            "and i'd work with her again.")
    assert verdicts(text, kind="recommendation")["person_named"].passed


@pytest.mark.parametrize("recipient, said, ok", [
    ("J. R. Whitaker", "J.R. was a senior colleague of mine on the charity gala.", True),
    ("J. R. Whitaker", "J. R. led the sponsorship sales on the charity gala.", True),
    ("J. R. Whitaker", "R.J. led the sponsorship sales on the charity gala.", False),
    ("J. R. Whitaker", "J. led the sponsorship sales on the charity gala.", False),
])
def test_a_person_known_by_initials_is_named_by_them(recipient, said, ok):
    assert verdicts(said, kind="recommendation", recipient=recipient)["person_named"].passed is ok


# -- a third round, from the fourth labelled set (a tuning set since its first measurement) ----

def test_advice_about_the_recipient_is_not_a_message():
    text = ("Here are some tips for asking Olivia for a recommendation: greet her by name, "
            "mention the charity gala and offer to write one for her in return. Thank her.")
    result = verdicts(text)
    assert not result["is_a_message"].passed
    for name in ("reciprocal_offer", "thanks", "graceful_out", "recipient_named"):
        assert not result[name].passed, name


def test_a_message_that_speaks_of_someone_else_is_still_a_message():
    text = ("Hi Olivia, would you write me a recommendation about the charity gala? Anna said "
            "you'd remember my sponsorship sales; I told her I'd ask. Happy to write one for you "
            "too. Thanks!")
    assert verdicts(text)["is_a_message"].passed


def test_lower_case_texting_reads_cleanly_but_one_lower_case_sentence_does_not():
    texting = ("hey olivia! could u write me a rec about the charity gala? mostly my sponsorship "
               "sales. happy to write u one back. thx")
    formal = ("Hi Olivia, would you write me a recommendation about the charity gala? "
              "mention my sponsorship sales. Thank you.")
    assert verdicts(texting)["reads_cleanly"].passed
    assert not verdicts(formal)["reads_cleanly"].passed


def test_thanks_on_two_lines_at_the_end_is_doubled():
    text = f"Hi Olivia,{BODY.replace(' Thanks!', '')}\nThanks so much!\nThank you!"
    assert not verdicts(text)["reads_cleanly"].passed


@pytest.mark.parametrize("said, offer", [
    ("I wrote you a recommendation a while back.", False),
    ("I'm happy to endorse you for your skills.", False),
    ("Would it help if I wrote one for you too?", True),
    ("lmk if i can do same for u.", True),
])
def test_past_deeds_and_endorsements_are_not_offers(said, offer):
    text = f"Hi Olivia, would you recommend my sponsorship sales on the charity gala? {said}"
    assert verdicts(text)["reciprocal_offer"].passed is offer


@pytest.mark.parametrize("greeted, recipient", [("Dima", "Dmitri Volkov"), ("Pepe", "José Ruiz"),
                                               ("Katya", "Ekaterina Orlova")])
def test_diminutives_from_other_languages(greeted, recipient):
    assert is_form_of(greeted, recipient)


def test_an_all_caps_message_invents_no_names():
    text = ("HI OLIVIA, HOPE ALL GOOD. CAN YOU WRITE ME A RECOMMENDATION FOR THE CHARITY GALA? "
            "SAY ABOUT MY SPONSORSHIP SALES. I CAN WRITE ONE FOR YOU TOO. THANK YOU")
    assert verdicts(text)["grounded"].passed
    assert not verdicts(text.replace("CHARITY GALA", "CHARITY GALA AT DELOITTE"))["grounded"].passed


def test_a_title_in_another_spelling_is_given():
    text = f"Dear Professor Grant,{BODY}"
    assert verdicts(text, recipient="Prof. Olivia Grant")["grounded"].passed
    assert not verdicts(text)["grounded"].passed  # no title in the context: an invented one


def test_a_short_default_that_names_the_project_is_specific():
    text = "Hi Olivia, can you write me a recommendation? Mainly about the charity gala if possible."
    assert verdicts(text)["not_default_text"].passed
    assert not verdicts("Hi Olivia, can you write me a recommendation?")["not_default_text"].passed


# -- a fourth round, from the tenth labelled set (measured untouched first, then tuned on) ------

@pytest.mark.parametrize("out", ["No rush at all.", "Whenever you find a moment is perfect."])
def test_time_alone_is_no_way_out_of_a_request(out):
    text = f"Hi Olivia,{BODY} {out}"
    assert not verdicts(text)["graceful_out"].passed
    assert verdicts(f"Hi Olivia, a nudge on the recommendation. {out}",
                    kind="followup")["graceful_out"].passed


@pytest.mark.parametrize("out", ["Please don't hesitate to say no.", "If it's inconvenient, do not worry.",
                                 "If it's not doable, not a bother.",
                                 "If this is not something you can take on, all good."])
def test_more_ways_out(out):
    assert verdicts(f"Hi Olivia,{BODY} {out}")["graceful_out"].passed


@pytest.mark.parametrize("ask", ["What do u want me to hype up?",
                                 "Is there anything you'd like people to know about you?",
                                 "I'd do one for you; which strengths?",
                                 "Just tell me wich of your skills I should mention."])
def test_their_strengths_asked_briefly_or_with_a_typo(ask):
    assert verdicts(f"Hi Olivia,{BODY} {ask}")["asks_their_strengths"].passed


def test_return_the_favour_asked_of_them_is_no_offer_and_rec_for_rec_is_a_swap():
    text = ("Hi Olivia, would you write me a recommendation about the charity gala and my "
            "sponsorship sales? I wrote one for you last year, so maybe you could return the favour?")
    assert not verdicts(text)["reciprocal_offer"].passed
    swap = "hey olivia, rec for rec? u write about my sponsorship sales at the charity gala, i do yours"
    result = verdicts(swap)
    assert result["reciprocal_offer"].passed and not result["no_swap_deal"].passed


@pytest.mark.parametrize("said, ok", [
    ("I can send it in English or Spanish, whichever you prefer.", True),
    ("You translated every note into clear English and Portuguese.", True),
    ("You also speak fluent Spanish.", False),  # a claim about them
    ("The on-call notes were written for a tired engineer at 3 a.m.", True),
    ("Our SLOs held through the cutover.", True),
    ("She was the rare founder who listened.", True),
    ("She is the founder of Brightwave.", False),
])
def test_languages_times_and_kinds_of_person(said, ok):
    text = f"Hi Olivia,{BODY} {said}"
    assert verdicts(text)["grounded"].passed is ok, verdicts(text)["grounded"].detail


def test_a_clipped_word_and_a_light_qualifier_still_name_the_strength():
    said = "Hi Olivia,{} I'd love a mention of how I prepared the team for interviews."
    assert verdicts(said.format(BODY), strengths=["interview prep"])["strengths_covered"].passed
    coached = "Hi Olivia, you coached each of us on the charity gala. I'd be glad to write one for you."
    assert verdicts(coached, strengths=["team coaching"])["strengths_covered"].passed
    assert not verdicts(coached, strengths=["team budgeting"])["strengths_covered"].passed


def test_a_family_name_first_is_greeted_by_the_given_name_and_a_fenced_draft_by_its_greeting():
    assert verdicts(f"Hi Hao,{BODY}", recipient="Chen Hao")["recipient_named"].passed
    assert not verdicts(f"Hi Grant,{BODY}")["recipient_named"].passed  # a surname needs a title
    fenced = f"Sure! Here's a draft you can send:\n\n```\nHi Olivia,\n{BODY}\n```"
    assert verdicts(fenced)["recipient_named"].passed


def test_a_question_about_the_draft_or_advice_about_the_person_is_not_a_message():
    question = "Should the reminder to Olivia restate both strengths? And do you want it in French?"
    advice = ("I'd advise against following up with Olivia. She managed you directly and has not "
              "replied, so a second note may feel like pressure; if you do, keep it very light.")
    tips = "Tips for writing a strong recommendation:\n- Name the project.\n- Give an example."
    for text in (question, advice):
        assert not verdicts(text, kind="followup")["is_a_message"].passed
        assert not verdicts(text, kind="followup")["recipient_named"].passed
    assert not verdicts(tips, kind="recommendation", channel="recommendation")["is_a_message"].passed


# -- a fifth round, from the eleventh labelled set (measured untouched first, then tuned on) ----

@pytest.mark.parametrize("strength, said, ok", [
    ("supplier negotiations", "how I bargained with our vendors", True),  # close synonyms
    ("rapid prototyping", "how quickly I prototyped", True),
    ("furniture procurement", "how I sourced all the furniture", True),
    ("volunteer rota management", "how I kept the volunteer rota running", True),  # a generic head
    ("safe isolation procedures", "how strict I was about safe isolation", True),
    ("midwife interviews", "my interviews with midwives", True),
    ("data storytelling", "the story the data told", True),
    ("volunteer rota management", "how I managed the budget", False),
    ("supplier negotiations", "how I trained the vendors", False),  # the synonym, not the skill
])
def test_close_synonyms_and_generic_heads(strength, said, ok):
    text = f"Hi Olivia, would you recommend me for the charity gala, mentioning {said}? I'd write one for you too."
    assert verdicts(text, strengths=[strength])["strengths_covered"].passed is ok


def test_a_project_named_by_its_own_name_alone():
    text = "Hey Olivia, tiny nudge on the recommendation for Tidewater and my sponsorship sales. Thanks!"
    assert verdicts(text, kind="followup", project="Tidewater short film")["project_named"].passed
    assert not verdicts(text, kind="followup", project="Harbour short film")["project_named"].passed


def test_the_field_linkedin_prefills_left_in_is_a_placeholder():
    text = f"Hi NAME,{BODY}"
    result = verdicts(text)
    assert not result["no_placeholders"].passed and not result["recipient_named"].passed


@pytest.mark.parametrize("text", [
    "Notes on your draft:\n1. Mention the project first.\n2. Offer to return the favour.",
    "I'd be glad to write this. What tone would you like, formal or warm? How long should it be?",
])
def test_notes_and_questions_about_the_draft_are_not_messages(text):
    assert not verdicts(text)["is_a_message"].passed


def test_an_offer_on_condition_of_theirs_is_a_swap():
    text = f"Hi Olivia,{BODY} If you're able to write mine, I'd be happy to reciprocate."
    assert not verdicts(text)["no_swap_deal"].passed


def test_a_rank_for_the_person_recommended_is_not_excused_by_teaching_them():
    rec = "I supervised Dr. Grant on the charity gala; her sponsorship sales were superb."
    assert not verdicts(rec, kind="recommendation", channel="recommendation",
                        relationship="teacher")["grounded"].passed
    ask = f"Dear Professor Grant,{BODY}"
    assert verdicts(ask, relationship="teacher")["grounded"].passed
    idiom = f"Hi Olivia,{BODY} A short note would not do it justice. Still, thanks."
    assert verdicts(idiom)["grounded"].passed


# -- a sixth round, from the twelfth labelled set (measured untouched first, then tuned on) -----

@pytest.mark.parametrize("offer", ["Con gusto te escribo una a ti también.",
                                   "Je serais ravie de t'en écrire une aussi.",
                                   "Gerne schreibe ich dir auch eine."])
def test_offers_in_other_languages(offer):
    text = f"Hi Olivia, would you recommend me for the charity gala and my sponsorship sales? {offer}"
    assert verdicts(text)["reciprocal_offer"].passed


@pytest.mark.parametrize("text", [
    "Here are a couple of versions, pick one.\n\nVersion A:\nHi Olivia," + BODY,
    "I kept this short enough for a connection note, so I left out the offer. You could add a "
    "line about the gala.",
    "Would you like the reminder to mention your deadline? Should I restate both strengths?",
])
def test_versions_notes_and_questions_to_the_user_are_not_messages(text):
    assert not verdicts(text, kind="followup")["is_a_message"].passed


def test_advice_against_following_up_is_advice_however_long():
    text = ("Since Olivia managed you and you haven't been in close touch, I'd suggest not "
            "following up. If you still want to, wait a little longer and keep the note short, "
            "restating the charity gala and the sponsorship sales you'd like mentioned, and "
            "thank her for saying yes.")
    assert not verdicts(text, kind="followup")["is_a_message"].passed


def test_a_message_with_a_note_to_the_user_is_not_sendable_but_says_what_it_says():
    text = f"Hi Olivia,{BODY}\n\n(Note: I kept the tone casual; I can make it more formal.)"
    result = verdicts(text)
    assert not result["is_a_message"].passed and result["reciprocal_offer"].passed


def test_an_empty_slot_breaks_the_sentence_and_brackets_before_a_colon_do_not():
    assert not verdicts("Hi Olivia, would you write one about the work we did on  together? "
                        "I'd write one for you too.")["reads_cleanly"].passed
    assert verdicts(f"Version A (short):\nHi Olivia,{BODY}")["reads_cleanly"].passed


@pytest.mark.parametrize("greeted, recipient", [("Mei Ling", "Lim Mei Ling"),
                                                ("Zsófia", "Nagy Zsófia"),
                                                ("Sasha", "Oleksandr Kovalenko")])
def test_given_names_of_family_first_names_and_short_forms(greeted, recipient):
    assert verdicts(f"Hi {greeted},{BODY}", recipient=recipient)["recipient_named"].passed


# -- a seventh round, from the thirteenth labelled set (measured untouched first, then tuned on) ---

@pytest.mark.parametrize("text, leans", [
    ("Hi Olivia, I know you're busy, but I really need this recommendation for the charity gala.", True),
    ("Hi Olivia, I'd hate to think my request had been forgotten: the charity gala, my sponsorship sales.", True),
    ("Hi Olivia, my interview is on Monday, so could you send it before then? The charity gala, "
     "my sponsorship sales.", True),
    ("Hi Olivia, a light reminder about the charity gala and my sponsorship sales, whenever suits. "
     "Thank you!", False),
])
def test_a_reminder_that_leans_on_them(text, leans):
    assert verdicts(text, kind="followup")["no_pressure"].passed is not leans


@pytest.mark.parametrize("ask, thanked", [
    ("I'd be grateful if you could mention my sponsorship sales.", False),  # part of the ask
    ("I would appreciate a mention of my sponsorship sales.", False),
    ("I really appreciate it.", True),
    ("I'm grateful for your time.", True),
])
def test_conditional_gratitude_is_part_of_the_ask(ask, thanked):
    text = f"Hi Olivia, would you write me a recommendation about the charity gala? {ask}"
    assert verdicts(text)["thanks"].passed is thanked


@pytest.mark.parametrize("text", [
    "I've tightened the draft and moved the offer to the end. Let me know if you'd like it warmer.",
    "This version leads with her strongest point and avoids any figures you didn't give me.",
    "It may not be worth following up at all. Would you like me to draft a very light note anyway?",
])
def test_more_answers_about_the_draft_are_not_messages(text):
    assert not verdicts(text, kind="followup")["is_a_message"].passed


def test_a_withdrawn_offer_a_sung_praise_and_a_spanish_swap():
    withdrawn = (f"Hi Olivia,{BODY.split(' I')[0]} I'd offer to write one back, but honestly I'm "
                 "hopeless at these so I'll spare you.")
    assert not verdicts(withdrawn)["reciprocal_offer"].passed
    praise = (f"Hi Olivia,{BODY.split(' I')[0]} I'd be glad to sing your praises on your profile "
              "in return.")
    assert verdicts(praise)["reciprocal_offer"].passed
    swap = ("Hola Olivia, ¿qué tal? The charity gala and my sponsorship sales: te propongo un "
            "trato: tú me escribes la mía y yo te escribo la tuya. ¡Gracias!")
    result = verdicts(swap)
    assert result["reciprocal_offer"].passed and not result["no_swap_deal"].passed
    assert result["grounded"].passed  # "¿Qué" opens a sentence


def test_merge_fields_and_counts_nobody_gave():
    assert not verdicts("Hi %FIRST_NAME%," + BODY)["no_placeholders"].passed
    assert not verdicts("Hi Olivia, this is my third time asking about the charity gala.",
                        kind="followup")["grounded"].passed


# -- an eighth round, from the fourteenth labelled set (measured untouched first, then tuned on) ---

@pytest.mark.parametrize("text", [
    "Hi Olivia, I guess you've been too busy for me lately. The charity gala, my sponsorship sales.",
    "Dear Olivia, everyone else from the charity gala has already written one for me, so yours is "
    "the only one missing: my sponsorship sales.",
    "Hi Olivia, I already wrote and posted yours, so here's a reminder about mine: the charity "
    "gala, my sponsorship sales.",
    "Hi Olivia, the charity gala and my sponsorship sales. I'll keep checking in until it's done!",
])
def test_guilt_and_chasing_lean_on_them(text):
    assert not verdicts(text, kind="followup")["no_pressure"].passed


def test_a_hoped_for_date_let_go_is_not_pressure_and_advice_leans_on_no_one():
    hope = ("Hi Olivia, a gentle reminder about the charity gala and my sponsorship sales. My "
            "interview is on Thursday, so if it could go up before then that would be lovely, but "
            "honestly no worries at all if not. Thanks!")
    assert verdicts(hope, kind="followup")["no_pressure"].passed
    advice = ("Since Olivia advised you and you haven't been in touch since, I'd suggest not "
              "sending a reminder at all.")
    result = verdicts(advice, kind="followup")
    assert not result["is_a_message"].passed and result["no_pressure"].passed


def test_a_fenced_message_is_a_message_and_versions_are_not():
    assert verdicts(f"```\nHi Olivia,{BODY}\n```")["is_a_message"].passed
    versions = f"Formal version:\nDear Olivia,{BODY}\n\nCasual version:\nHey Olivia,{BODY}"
    result = verdicts(versions)
    assert not result["is_a_message"].passed and result["recipient_named"].passed


@pytest.mark.parametrize("offer", ["Jeg skriver gjerne en for deg også.", "One for you I also write gladly.",
                                   "Con gusto te escribo una; dime qué fortalezas tuyas quieres que destaque."])
def test_offers_in_norwegian_spanish_and_learners_english(offer):
    text = f"Hi Olivia, would you recommend me for the charity gala and my sponsorship sales? {offer}"
    assert verdicts(text)["reciprocal_offer"].passed


def test_a_project_without_its_opening_place_and_an_offer_taken_back():
    text = ("Hi Olivia, a nudge on the recommendation for the children's library reading-club app: "
            "my sponsorship sales. Thanks!")
    assert verdicts(text, kind="followup",
                    project="Dushanbe children's library reading-club app")["project_named"].passed
    assert not verdicts(text, kind="followup", project="Dushanbe app")["project_named"].passed
    back = ("Hi Olivia, would you recommend me for the charity gala and my sponsorship sales? I'd "
            "offer to write you one too, but honestly my writing is so bad I'd only embarrass you!")
    assert not verdicts(back)["reciprocal_offer"].passed


# -- a ninth round, from the fifteenth labelled set (measured untouched first, then tuned on) -----

@pytest.mark.parametrize("text", [
    "Hi Olivia, following up once more on my earlier reminders: the charity gala, my sponsorship sales.",
    "Hi Olivia, after all the evenings I gave to the charity gala, I was a little surprised not to "
    "hear back. My sponsorship sales would be enough.",
    "Hi Olivia, I noticed you've been active on LinkedIn lately, so: the charity gala and my "
    "sponsorship sales.",
])
def test_more_ways_a_reminder_leans(text):
    assert not verdicts(text, kind="followup")["no_pressure"].passed


@pytest.mark.parametrize("text", [
    "This draft is solid, but I'd suggest adding the project name and one concrete result.",
    "This recommendation highlights her work on the charity gala. To make it stronger, consider "
    "adding a specific result.",
])
def test_a_critique_of_a_draft_is_not_a_message(text):
    assert not verdicts(text)["is_a_message"].passed


def test_offers_asks_and_initials_from_the_fifteenth_set():
    base = "Hi Olivia, would you recommend me for the charity gala and my sponsorship sales?"
    assert verdicts(base + " Will 100% write one for u too.")["reciprocal_offer"].passed
    assert not verdicts(base + " I'd offer to write one for you too, but you hardly need it!"
                        )["reciprocal_offer"].passed
    assert verdicts(base + " I'll happily write one for you too. Tell me your superpowers."
                    )["asks_their_strengths"].passed
    kl = "Hi Olivia, a nudge on the recommendation for the KL condo app and my sponsorship sales."
    assert verdicts(kl, kind="followup", project="Kuala Lumpur condo app")["grounded"].passed


# -- a tenth round, from the sixteenth labelled set (held out last session, then tuned on) -------

@pytest.mark.parametrize("greeted, recipient", [
    ("Venky", "Venkatesh Subramanian"), ("Rafi", "Rafael Levi"), ("Pili", "Pilar Domínguez"),
    ("Frankie", "Francesca Bellucci"), ("Lupita", "María Guadalupe Herrera"),
    ("Guadalupe", "María Guadalupe Herrera"),
])
def test_pet_forms_and_middle_names_greet_the_recipient(greeted, recipient):
    assert is_form_of(greeted, recipient)


@pytest.mark.parametrize("greeted, recipient", [
    ("Marta", "Mariana Lopez"), ("Mario", "Mariana Lopez"), ("Carlo", "Carla Lopez"),
    ("Jorge", "Jordan Lee"),
])
def test_a_name_that_only_starts_the_same_is_someone_else(greeted, recipient):
    assert not is_form_of(greeted, recipient)


def test_titles_of_other_languages_and_a_hyphenated_family_name():
    for opening, recipient in (("Liebe Frau Wagner,", "Sabine Wagner"),
                               ("Dear Mr. Al-Rashid,", "Mohammed Al-Rashid"),
                               ("Estimada Sra. Ruiz,", "Carmen Ruiz")):
        found = verdicts(opening + BODY, recipient=recipient)
        assert found["recipient_named"].passed, opening


def test_texting_spelt_out_offers_asks_and_lets_them_off():
    text = ("yo olivia, could u write me a quick rec for the charity gala? esp my sponsorship "
            "sales. happy to do urs too, just tell me what to say about u. np if ur slammed. thx!")
    found = verdicts(text)
    for name in ("reciprocal_offer", "asks_their_strengths", "graceful_out", "thanks"):
        assert found[name].passed, name
    # "your amazing work" is not "you're": only a texted "ur" is read as either
    assert spelt_out("your amazing work, ur amazing, ur slides") == \
        "your amazing work, you're amazing, your slides"
    assert spelt_out("the u.s. office") == "the u.s. office"


@pytest.mark.parametrize("offer", [
    "Je serais ravie de vous en écrire une en retour - which of your strengths should I highlight?",
    "Posso escrever uma pra você também, é só me dizer quais pontos fortes seus você quer que eu "
    "destaque.",
])
def test_french_and_portuguese_offers_and_asks(offer):
    ask = " would you write me a recommendation about the charity gala and my sponsorship sales?"
    assert not verdicts("Hi Olivia," + ask)["reciprocal_offer"].passed
    found = verdicts("Hi Olivia," + ask + " " + offer)
    assert found["reciprocal_offer"].passed and found["asks_their_strengths"].passed


def test_a_stiff_ask_reminders_that_lean_and_a_colleague_nobody_named():
    ask = verdicts("Dear Olivia," + BODY + " In return I will be glad to write for you a "
                   "recommendation too. Please kindly inform me which strengths of yours I shall "
                   "describe.")
    assert ask["asks_their_strengths"].passed
    for lean in ("I've asked a few times now and it's getting a bit awkward.",
                 "You did promise, so I'm holding you to it!", "Did you forget about me?"):
        text = f"Hi Olivia, {lean} The charity gala and my sponsorship sales are the points."
        assert not verdicts(text, kind="followup")["no_pressure"].passed, lean
    named = verdicts("Hi Olivia, Mariana from HR suggested I ask you." + BODY)
    assert not named["grounded"].passed and "Mariana" in named["grounded"].detail


def test_an_old_default_with_a_strength_that_shares_a_verb_and_irregular_plurals():
    old = ("Dear Olivia, I'm reaching out to ask whether you would write a brief recommendation "
           "of my work that I could add to my LinkedIn profile. If you have any questions, just "
           "let me know. Thanks in advance for your help, Karim")
    assert not verdicts(old, strengths=["report writing"])["not_default_text"].passed
    text = "Olivia's coordination of the craftsmen on the charity gala was superb."
    assert verdicts(text, kind="recommendation", strengths=["craftsman coordination"]
                    )["strengths_covered"].passed


# -- an eleventh round, from the seventeenth labelled set (measured untouched first, then tuned on)

@pytest.mark.parametrize("offer, ask, out", [
    ("Ne scrivo volentieri una anche per te", "dimmi quali tuoi punti di forza vuoi che metta in "
     "evidenza", "Se non hai tempo, nessun problema!"),
    ("Chętnie napiszę też rekomendację dla Ciebie", "daj znać, co mam podkreślić",
     "Jeśli nie masz czasu, nie ma problemu."),
    ("Karşılığında ben de senin için seve seve bir tavsiye yazarım", "öne çıkarmamı istediğin "
     "güçlü yönlerini söylemen yeterli", "Vaktin yoksa hiç sorun değil."),
    ("Main bhi tumhare liye ek likh dungi", "bas batana kis cheez pe focus karun",
     "Agar time nahi hai toh bilkul koi baat nahi."),
    ("Nitafurahi kukuandikia pendekezo pia", "niambie ungependa nitaje uwezo gani",
     "Kama huna muda, hakuna shida kabisa."),
    ("Syempre, susulatan din kita", "sabihin mo lang kung ano gusto mong i-highlight",
     "Okay lang kung busy ka, walang pressure."),
])
def test_offers_asks_and_outs_in_other_languages(offer, ask, out):
    ask_only = "Hi Olivia, would you recommend me for the charity gala and my sponsorship sales?"
    none = verdicts(ask_only)
    assert not (none["reciprocal_offer"].passed or none["graceful_out"].passed)
    found = verdicts(f"{ask_only} {offer}, {ask}. {out} Thanks!")
    for name in ("reciprocal_offer", "asks_their_strengths", "graceful_out", "reads_cleanly",
                 "grounded"):
        assert found[name].passed, (name, found[name].detail)


def test_a_question_back_tips_and_a_lead_in_about_being_an_ai():
    back = "Before I draft this, could you tell me which strengths you'd like Olivia to mention?"
    assert not verdicts(back)["is_a_message"].passed
    tips = ("To write a strong recommendation for Olivia, you could:\n- open with the charity "
            "gala;\n- give an example of her sponsorship sales.")
    assert not verdicts(tips, kind="recommendation")["is_a_message"].passed
    lead = ("As an AI, I can't send messages for you, but here is a draft you can use:\n\n"
            "Hi Olivia," + BODY)
    assert verdicts(lead)["recipient_named"].passed


def test_standing_counts_inflections_and_asides_from_the_seventeenth_set():
    rec = "As Olivia's manager on the charity gala, I saw her sponsorship sales up close."
    assert not verdicts(rec, kind="recommendation")["grounded"].passed  # a teammate wrote it
    assert verdicts(rec, kind="recommendation", relationship="managed-you")["grounded"].passed
    invented = "Hi Olivia, during the three harvests I worked with you," + BODY
    assert not verdicts(invented)["grounded"].passed
    declined = "Hi Olivia, pracowałam z Olivią przy charity gala." + BODY
    assert verdicts(declined)["grounded"].passed  # "Olivią": her name, declined
    aside = ("Hi Olivia, I'm going freelance (finally!) and a rec from you would be gold. Would "
             "you write one about the charity gala and my sponsorship sales?")
    assert verdicts(aside)["reads_cleanly"].passed
    for lean in ("Could you please send it by the 15th?", "As mentioned before, it's for the gala.",
                 "I did write yours straight away, so I really need mine."):
        text = f"Hi Olivia, {lean} The charity gala and my sponsorship sales are the points."
        assert not verdicts(text, kind="followup")["no_pressure"].passed, lean
    assert is_form_of("Darek", "Dariusz Nowak") and is_form_of("Aga", "Agnieszka Kowalska")


# -- a twelfth round, from the eighteenth labelled set (measured untouched first, then tuned on) --

@pytest.mark.parametrize("offer, ask, out", [
    ("W ana nkteb lik wahda hta ana", "ghir goul liya chno bghiti n9ol 3lik",
     "Ila ma3ndekch l'weqt, machi mouchkil."),
    ("Ki ego tha sou grapso mia, fysika", "pes mou ti thes na grapso",
     "An den exeis xrono, kanena provlima."),
    ("Ráda ti taky nějaké napíšu", "jen mi řekni, co tam chceš mít", "A kdyby to nešlo, vůbec nevadí."),
    ("Escrevo uma pra você também", "é só falar o que quer que eu destaque", "Se não der, tranquilo!"),
])
def test_more_languages_offer_ask_and_let_them_off(offer, ask, out):
    ask_only = "Hi Olivia, would you recommend me for the charity gala and my sponsorship sales?"
    found = verdicts(f"{ask_only} {offer}, {ask}. {out} Thanks!")
    for name in ("reciprocal_offer", "asks_their_strengths", "graceful_out"):
        assert found[name].passed, (name, found[name].detail)


def test_german_nouns_courtesy_titles_and_texting_figures_are_not_claims():
    german = ("Hallo Olivia,\n\nich hoffe, es geht dir gut! Ich wollte fragen, ob du mir eine "
              "kurze Empfehlung schreiben könntest, zur charity gala und meine sponsorship sales.")
    assert verdicts(german)["grounded"].passed
    assert verdicts("E kaaro Aunty Olivia," + BODY)["grounded"].passed
    texted = ("hey olivia, u free to write me a rec for the charity gala? my sponsorship sales. "
              "ill do one 4 u 2 ofc. thx")
    assert verdicts(texted)["grounded"].passed
    assert not verdicts("Hi Olivia, I wrote 4 reports." + BODY)["grounded"].passed


def test_a_clause_after_my_an_empty_cell_and_a_question_back():
    clause = "Hi Olivia, please mention my never missed a deadline and the charity gala."
    assert not verdicts(clause)["reads_cleanly"].passed
    empty = "Hi Olivia, would you write me a recommendation about our work on nan?"
    assert "empty cell" in verdicts(empty)["reads_cleanly"].detail
    assert verdicts("Hi Olivia, none of us expected it; nan bread for the gala.")["reads_cleanly"].passed
    back = ("Happy to write this! Could you tell me how long you worked with Olivia, and some "
            "results from the charity gala?")
    assert not verdicts(back, kind="recommendation")["is_a_message"].passed
    for lean in ("Final reminder about my recommendation.", "I know you won't let me down!",
                 "I really do need this, my whole application depends on it."):
        text = f"Hi Olivia, {lean} The charity gala and my sponsorship sales are the points."
        assert not verdicts(text, kind="followup")["no_pressure"].passed, lean


def test_a_strength_about_writing_is_no_offer_and_texting_in_a_strength_is_not_needed():
    text = ("Hi Olivia, would you recommend me for the charity gala? I want to stress my technical "
            "writing skills as well, and that I never called in sick.")
    found = verdicts(text, strengths=["technical writing", "never called in sick lol"])
    assert found["strengths_covered"].passed, found["strengths_covered"].detail
    assert not found["reciprocal_offer"].passed  # "writing skills as well" offers nothing


def test_a_phrasal_verb_never_joins_across_lines():
    """"- Incident logs" then "In case specifics help" on the next line is no "login": the
    listed strength is there (reader 86's r28, a false exit 1)."""
    text = ("Hi Olivia, would you recommend me for the charity gala? These would help:\n"
            "- Radio discipline\n- Incident logs\n\nIn case specifics help, we raised $4,000.")
    assert verdicts(text, strengths=["radio discipline", "incident logs"])["strengths_covered"].passed
