"""Names: nameparser's reading, and the fast path for plain names agreeing with it."""

from pathlib import Path

import pytest
import yaml

from llmdraft.names import _plain, greeting, parse, signature

CORPUS = yaml.safe_load((Path(__file__).parent / "forms" / "forms.yaml").read_text("utf-8"))
PLAIN = ["Anna Lee", "John Rivera", "María José García", "Priyanka", "Wei Zhang",
         "Siobhán Walsh", "Dana Holt", "Zoë Ng", "Tomasz Kowalski", "Amara Okafor Eze"]


@pytest.mark.parametrize("text", PLAIN + [n["text"] for n in CORPUS["names"]])
def test_the_fast_path_agrees_with_nameparser(text):
    fast = _plain(" ".join(text.split()))
    if fast is None:
        return  # nameparser decides
    assert fast == parse(text, fast=False), text


def test_plain_names_take_the_fast_path():
    assert all(_plain(name) for name in PLAIN)
    for hard in ["Dr. Anna Lee", "Rivera, John", "Robert (Bob) Jones", "Maria van der Berg",
                 "ANNA LEE", "anna lee", "John Smith Jr", "Sir Alan Grey", "Major Priti Shah"]:
        assert _plain(hard) is None, hard


@pytest.mark.parametrize("text, informal, formal", [
    ("Sir Alan Grey", "Alan", "Sir Alan"),
    ("Dame Judi Dench", "Judi", "Dame Judi"),
    ("PROF. ANNA LEE", "Anna", "Prof. Lee"),
    ("dr. tom ash", "Tom", "Dr. Ash"),
    ("Prof. Dr. Hans Müller", "Hans", "Prof. Dr. Müller"),
    ("Rivera, John", "John", "John"),
    ("Robert (Bob) Jones", "Bob", "Robert"),
    ('Anthony "Big Tony" Russo', "Tony", "Anthony"),  # the word of it that is a form of Anthony
    ("Dr. Mohammed bin Rashid Al-Farsi", "Mohammed", "Dr. Al-Farsi"),  # not the patronym
    ("Padre José Luis Romero", "José", "Padre Romero"),  # a priest's title, not his name
    ("Padre José Romero", "José", "Padre Romero"),  # three words: not the plain fast path
    ("Lance Corporal Owen Price", "Owen", "Lance Corporal Price"),
    ("Dr. K. S. Ramanathan", "Dr. Ramanathan", "Dr. Ramanathan"),  # no initial in a greeting
    ("Sister Mary Catherine", "Sister Mary Catherine", "Sister Mary Catherine"),  # a religious name
    ("Anna K. Lee", "Anna", "Anna"),
    ("J. R. Smith", "J.R.", "J. R. Smith"),  # known by initials: "J.R."
    ("Father Brown", "Father Brown", "Father Brown"),
    ("Angela Ruiz, PhD", "Angela", "Dr. Ruiz"),
    ("Lt. Cmdr. Rachel Greene", "Rachel", "Lt. Cmdr. Greene"),
    ("Mariana Oliveira Santos", "Mariana", "Mariana"),  # two family names: the first name
    ("Fatima Al-Zahra Haddad", "Fatima Al-Zahra", "Fatima Al-Zahra"),  # a two-word given name
    ("Te Aroha Ngata", "Te Aroha", "Te Aroha"),  # Te is part of the given name
    ("Hon. Justice Amina Bello", "Amina", "Justice Bello"),  # the office, not a first name
])
def test_greetings(text, informal, formal):
    assert greeting(text, formal=False, close=True) == informal
    assert greeting(text, formal=True) == formal
    assert greeting(text, formal=True, greet_as="Ray") == "Ray"


def test_honours_clergy_and_judges_keep_their_title_unless_close():
    assert greeting("Sir Anthony Blake", formal=False) == "Sir Anthony"
    assert greeting("Sister Mary Agnes Doyle", formal=False) == "Sister Mary Agnes"
    assert greeting("Judge Ellen Finch", formal=False) == "Judge Finch"
    assert greeting("Dr. Anna Lee", formal=False) == "Anna"  # a doctor among peers: her name
    assert greeting("Sir Anthony Blake", formal=False, close=True) == "Anthony"


def test_a_public_recommendation_uses_a_quoted_moniker_only_when_it_is_their_name():
    from llmdraft.names import public_name

    assert public_name('Mike "Tank" Thompson') == "Mike"
    assert public_name("Robert 'Bob' Jones") == "Bob"  # a short form of Robert
    assert public_name("Chen Jing (Jenny)") == "Jenny"  # the name they go by
    assert public_name('Mike "Tank" Thompson', greet_as="Tank") == "Tank"


def test_signatures():
    assert signature("Dr. Dana Holt", formal=True) == "Dana Holt"
    assert signature("Dr. Dana Holt", formal=False) == "Dana"
    # Family name first: the given name when the shape says which it is, else the whole name
    assert signature("Lê Văn Hùng", formal=False) == "Hùng"
    assert signature("Park Ji-hoon", formal=False) == "Ji-hoon"
    assert signature("Li Mei", formal=False) == "Li Mei"
    assert signature("Trần Minh", formal=False) == "Minh"  # Vietnamese: always family first


@pytest.mark.parametrize("text, greeted", [
    ("J. R. Smith", "J.R."),  # a person who goes by initials is greeted by them
    ("Lee Min-ho", "Min-ho"),  # Korean, the given name hyphenated
    ("Hamid Reza Karimi", "Hamid Reza"),  # two-word given names
    ("María José López", "María José"),
    ("Mei Ling Tan", "Mei Ling"),
    ("Lam Wing Sze", "Lam Wing Sze"),  # Cantonese order is not sure: in full
    ("Chen Jing (Jenny)", "Jenny"),  # the name they go by, in parentheses
    ("Nguyen Thi Mai", "Mai"),  # Vietnamese: the given name is the last word, always
    ("Pham Van Duc", "Duc"),
    ("Tanaka Hiroshi", "Hiroshi"),  # a Japanese family name typed first is the family name
    ("Lam Wing Sze", "Lam Wing Sze"),  # either order is possible: in full
    ("Wong Siew Lan", "Siew Lan"),  # a Chinese family name first, a given name no family name
    ("Maria Cristina Santos", "Maria Cristina"),  # a double given name
    ("Md. Rafiqul Islam", "Rafiqul"),  # "Md." is Muhammad, before the name he goes by
    ("Syed Ali Raza", "Ali"),  # a lineage before the name
    ("Alhaji Musa Bello", "Musa"),  # an honour: "Dear Alhaji Bello" formally
])
def test_informal_greetings_between_colleagues(text, greeted):
    assert greeting(text, formal=False) == greeted


@pytest.mark.parametrize("text, formal", [
    ("Dr. med. Klaus Becker", "Dr. Becker"),  # a German doctorate's field is not greeted
    ("Dr. rer. nat. Anna Schmidt", "Dr. Schmidt"),
    ("Prof. Dr.-Ing. Hans Weber", "Prof. Dr. Weber"),
])
def test_doctoral_fields_drop_out_of_a_greeting(text, formal):
    assert greeting(text, formal=True) == formal


def test_a_polish_habilitation_is_no_part_of_the_title_in_english():
    assert greeting("dr hab. Anna Malinowska", formal=True) == "Dr Malinowska"


def test_an_honour_for_the_hajj_is_said_with_the_family_name_formally():
    assert greeting("Alhaji Musa Bello", formal=True) == "Alhaji Bello"


def test_a_hungarian_name_with_a_title_is_family_name_first():
    assert greeting("Dr. Szabó Péter", formal=True) == "Dr. Szabó"


def test_names_from_reader_seventy():
    """Taiwanese and Korean names with a two-syllable given name: the given name is the part
    with the hyphen, and a given name typed in lower case keeps its second syllable so."""
    from llmdraft.names import greeting, public_name, signature

    assert greeting("huang jia-hao", False) == "Jia-hao"
    assert public_name("huang jia-hao") == "Jia-hao"
    assert signature("tsai yu-ting", False) == "Yu-ting"
    assert greeting("Tsai Ming-hui", True) == "Tsai Ming-hui"  # never "Dear Tsai"
    assert greeting("Lee Min-ho", False) == "Min-ho"
    assert greeting("Jean-Paul Sartre", False) == "Jean-Paul"


def test_names_from_reader_seventy_one():
    """"Ma." is María, part of a Filipino given name; a Spanish name with a title is greeted by
    the father's surname, the first of the two ("Ing. Ramírez" for Alejandro Ramírez Torres)."""
    from llmdraft.names import greeting

    assert greeting("Ma. Cristina Aquino", True) == "Ms. Aquino"  # Ma. is María, no title
    assert greeting("Ma. Theresa Villanueva", False) == "Theresa"  # nor said (reader 77)
    assert greeting("Ing. Alejandro Ramírez Torres", True) == "Ing. Ramírez"
    assert greeting("Lic. Fernando Gutiérrez Ramos", True) == "Lic. Gutiérrez"
    assert greeting("Dr. Ana López", True) == "Dr. López"
    assert greeting("Me Claire Lambert", True) == "Maître Lambert"  # never "Dear Me Lambert"


def test_names_from_readers_237_to_240():
    """A German name typed family name first; a Japanese honorific typed on the family name; the
    French "M." is Monsieur, never an initial; a professor stays one to a close student."""
    from llmdraft.names import greeting

    assert greeting("Müller Hans", False) == "Hans"
    assert greeting("Hans Müller", False) == "Hans"
    assert greeting("Yuki Nakamura-Sensei", True) == "Nakamura-sensei"
    assert greeting("M. Jean-Pierre Martin", False) == "Mr. Martin"
    assert greeting("M. Dupont", False) == "M. Dupont"
    assert greeting("Prof. Zhang Wei", False, close=True) == "Prof. Zhang"
    assert greeting("Dr. Li Mei", False, close=True) == "Li Mei"
