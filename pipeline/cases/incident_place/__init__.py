"""The incident's place: street, city, state and country of one article's incident.

``incident_place`` scores every place the article names as the scene (the dateline, a
sentence about the event, "in"/"near" before it, ", <State>" after it, the headline,
scene words around it: ``pipeline.cases.scene``), votes for the state, and corrects the
choice with the gazetteer (``pipeline.cases.places``): a county gives way to its town, a
neighbourhood to its city, a far-away namesake to the local place. The street comes from
the event sentences ("2100 block of Thistlewood Drive") or a FAC entity.

Limits: only US cities and counties are known (GeoNames places of 500+ people, no
county membership); outside the US a city and a country come only from the entities.

Modules: ``choose`` (``incident_place``: the steps in order), ``candidates`` (the
places the entities name, scored), ``untagged`` (towns the NER missed), ``corrections``
(county to town, neighbourhood to city, outlet city, big city elsewhere), ``states``
(state votes and the state of the chosen city), ``country`` (a US article or not),
``street``.
"""

from pipeline.cases.incident_place.choose import incident_place

__all__ = ["incident_place"]
