"""Case facts: people's roles in the incident, the incident itself, and its articles.

``find_case_claims`` (extract: roles and statuses from the parse), ``pick_role``
(normalise: one role per person), ``build_case`` (normalise: the article's incident, for
an article that ``has_crime_evidence``) and ``pipeline.cases.link`` (corpus level: the
same person and the same incident across articles).
"""

from pipeline.cases.incident import build_case, fill_victim_status, has_crime_evidence
from pipeline.cases.roles import find_case_claims, pick_role

__all__ = [
    "build_case",
    "fill_victim_status",
    "find_case_claims",
    "has_crime_evidence",
    "pick_role",
]
