"""Case roles of people from the dependency parse: who was harmed, who is accused.

``find_case_claims`` reads, for every PERSON mention (and for lone surnames the NER missed,
``lone_surnames``, and "he"/"she" subjects, resolved to the last person in subject
position), the words that describe it and the verbs it is an
argument of, and returns ``Claim`` s:

* ``case:role``: victim, suspect, official, lawyer, relative or witness;
* ``case:status``: killed, injured, arrested, charged, convicted or sentenced;
* ``case:sentence``: the sentence given ("whole-life tariff", "25 years in prison").

Rules (word lists in ``models/lexicons/case_verbs.json``):

* descriptors: a role noun as apposition ("the suspect, X", "X, the victim's mother"),
  title before the name ("Officer X", "District Attorney X", "suspect X"), copula ("X is
  the suspect") or "identified as" ("the victim was identified as X");
* verbs: object or passive subject of a harm verb ("killed X", "X was shot and killed") is
  a victim (killed when the verb, a conjoined verb or "fatally"/"to death" says so, else
  injured); an objectless subject that reads as passive ("X, 25, shot in the chest",
  "found X shot to death") is a victim too; its active subject is a suspect ("police
  said X, 19, shot Y"), also through "by" ("was wounded by X"); object or passive
  subject of a legal verb ("X was charged with", "arrested X", "was sentenced to", "X
  ... after being charged") is a suspect with that status; "X died", "was pronounced
  dead", "suffered fatal wounds" → victim killed; "was hospitalized", "taken to a
  hospital", "survived", "found with gunshot wounds", "is in critical condition" →
  victim injured; "the death of X", "took the life of X", "X's killer", "among those
  killed" → victim;
  "four were shot, including X" and "two of the victims ... X" reach X through the group;
  "police are looking for X", "X took his own life", "X died of a self-inflicted bullet
  wound" → suspect (``pick_role``: a victim unless they also attacked others; "X
  accidentally shot himself" is a victim);
* "X was critically injured" / "X was dead" (copula states), "the victims were: X; Y",
  "identified those wounded ... as X" → victim; "two teens, identified as X and Y, were
  arrested", "the men arrested ... were identified as X", "X is a person of interest",
  "charges against X", "X appeared in court" → suspect;
* "the man was identified as X" (any noun) is weak victim evidence; statuses said of
  "the victim" / "the suspect" go to the named ones (``group_status_claims``); a victim
  the coroner or medical examiner speaks of as examined ("identified the victim as X",
  "the coroner said X was shot") is killed (``coroner_claims``); "the wounded included
  X" gives X what the subject noun says (``case:include``);
  a victim keeps no legal status, a suspect with one no harm status from victim evidence.

``method`` names the rule (``case:appos``, ``case:verb-object``, ...); a claim reached
through a pronoun has ``+pronoun`` appended. ``pick_role`` decides one role per person.

Limits: only "he"/"she" (and "they" after conjoined names) are resolved, naively (the
last person in subject position, else the last person mentioned); plural victims need one
mention each (conjoined names are followed); a negated verb ("was not charged", "was not
hurt") gives nothing; a harm verb that is an aim or a possibility ("threatened to kill X",
"X could have been killed") gives the role but no status, but the modality of a legal verb
("could face charges") is not detected; who did what in quoted speech is read like narration.

Modules: ``find`` (``find_case_claims``, ``evidence_for``), ``mentions`` (name heads, lone
surnames, pronouns), ``descriptors`` (titles, appositions, "identified as", copulas),
``verbs`` and ``subjects`` (the verb a person is an argument of), ``evidence`` (the
``Evidence`` record and the token tests they share), ``decide`` (``pick_role`` and the
murder-suicide shooter).
"""

from pipeline.cases.roles.decide import (
    SENTENCE_STATUS,
    mark_murder_suicide,
    pick_role,
    self_harmed,
    worded_status,
)
from pipeline.cases.roles.find import evidence_for, find_case_claims
from pipeline.cases.roles.mentions import mention_head

__all__ = [
    "SENTENCE_STATUS",
    "evidence_for",
    "find_case_claims",
    "mark_murder_suicide",
    "mention_head",
    "pick_role",
    "self_harmed",
    "worded_status",
]
