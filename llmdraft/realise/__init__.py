"""The input realiser: each typed field becomes a phrase that knows its grammatical form.

People type strengths as noun phrases ("supplier negotiations"), skills ("SQL"), gerunds
("running weekly demos"), past achievements ("led the migration"), bare verbs ("build
dashboards"), adjectives ("calm under pressure"), whole clauses ("she never missed a deadline")
or possessives ("my eye for detail"); projects as names, common nouns, gerunds, clauses,
possessives or course codes; purposes as goals, activities, "for ..." phrases, infinitives or
clauses; details as one fact or several. The composer never pastes a field into a sentence: it
asks the realiser for the rendering its slot needs, and each rendering is a correct phrase for
every form:

- Strength.mine(): the object of "mention ..." in the requester's voice ("my SQL skills", "how I
  led the migration", "that I never missed a deadline", "how calm I am under pressure");
- Strength.theirs(name): the same about the requester, in a recommender's voice ("Dana's SQL
  skills", "how Dana led the migration");
- Project.np / .on: "the billing rewrite" / "on the billing rewrite", "Project Apollo",
  "launching our Lisbon office", "in MKTG 301";
- Purpose.form and .text, Fact.sentence(subject).

Where a form is unclear, the realiser picks the frame that is grammatical for any input: a
strength it cannot place is quoted as the user's own words.

The package, one module per kind of field: words.py (lexicon classes, case, the verb helpers),
voice.py (turning a phrase to another speaker), strength_forms.py (which form a strength is
in) and strengths.py (how each form reads in each slot), projects.py (with project_notes.py,
which joins a project typed as a note), purposes.py, fact_forms.py (details read as deeds,
clauses or notes) and facts.py (how each reads in a sentence, with amounts), note_sentences.py
(a recommendation's notes said by their shape: "GPA 3.9" is "Her GPA was 3.9."), and roles.py
(the recipient's job title).
"""

from .fact_forms import facts
from .facts import Fact, amount, as_typed, fact_sentences, money_first, notes
from .projects import Project, project, project_head
from .purposes import Purpose, purpose
from .roles import role
from .strength_forms import strength, strengths
from .strengths import Strength
from .voice import (client_as_reader, someone_else, to_first_person, to_name, to_second_person,
                    two_parties)
from .words import _head as head
from .words import (MONTH_OF, cap, clean, in_another_language, indefinite, join, join_mine, list_line, lower_first,
                    sentence_starts, tidy_case, word_class)

__all__ = ["Fact", "Project", "Purpose", "Strength", "amount", "as_typed", "money_first", "cap", "clean", "client_as_reader",
           "indefinite",
           "fact_sentences", "facts", "head", "in_another_language", "join", "join_mine", "list_line", "lower_first", "notes", "project", "project_head",
           "purpose", "role", "sentence_starts", "someone_else", "strength", "strengths", "tidy_case",
           "to_first_person", "to_name", "to_second_person", "two_parties", "word_class"]
