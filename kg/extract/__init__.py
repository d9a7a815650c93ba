"""The reading engine: one spaCy ``Doc`` in, one ``Extraction`` record out.

Stages, each its own module: entities (NER cleaned, typed and clustered), coref
(which entity a token refers to, roles and memberships), temporal (date
expressions), statements, events; this module links them (propositions,
responses, agents given by pronouns) and builds the records; propositions.py holds
the linking rules for contents that do not spell their event out (a denial of "the
claim", "under control", "his troops").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg import dates
from kg.extract.as_of_report import date_as_of_report, reported_deed
from kg.extract.bodies import body_agents
from kg.extract.continued import continued_dates, headline_dates
from kg.extract.controlled import hyphen_doers_on
from kg.extract.coref import BARE_BODY_ROLES, SENIORITY_WORDS, Resolver
from kg.extract.courts import judging_courts
from kg.extract.deeds import announced_acts, first_person_agents
from kg.extract.described import fighter_sides, forces_of_persons, kind_bodies, state_forces
from kg.extract.doers import UNION_PEOPLE_NOUNS, echoed_agents
from kg.extract.drafts import text_of
from kg.extract.entities import EntityTable, entity_table, is_description, with_char_mentions
from kg.extract.event_coref import fuller_tellings
from kg.extract.events import (
    DECLARING_VERBS,
    GENERIC_GROUP_NOUNS,
    PART_OF_PEOPLE_NOUNS,
    EventDraft,
    add_doer,
    blamed_words,
    electoral_win,
    find_events,
)
from kg.extract.facilities import (
    add_facilities,
    described_site,
    held_words,
    nested_places,
    org_name,
    places_by_verb,
    retype_place,
    sites_by_town,
    state_of_capital,
    taken_names,
)
from kg.extract.introduced import introduced_settlement
from kg.extract.involvement import part_doers, part_holder
from kg.extract.lexicon import (
    EVALUATIVE_VERBS,
    FIGHTER_NOUNS,
    OUTLET_WORDS,
    UNION_WORDS,
    demonym_of,
)
from kg.extract.named_later import places_named_later
from kg.extract.opinions import judged_only
from kg.extract.place_lists import listed_places
from kg.extract.possession import (
    entries_claimed,
    held_in_content,
    held_places,
    possession_events,
)
from kg.extract.propositions import (
    answered_by_owner,
    appointing_body,
    armed_claims,
    armed_takings,
    confirms_earlier,
    control_haver,
    coordinated_claims,
    declared_state,
    deed_claimer,
    denies_claim,
    described_owner,
    describes_side,
    dismissing_body,
    enemy_losses,
    firm_takeover,
    fits_side_word,
    forces_side,
    governing_body_deed,
    held_without_holder,
    justice_body_deed,
    losses_without_taker,
    of_doers,
    own_doer_phrase,
    own_holder,
    raised_subject,
    reported_before,
    ruling_body,
    side_word_holder,
    sole_rebel_body,
    stated_causes,
    subordinate_claims,
    support_subject,
    taker_of_loss,
    takes_up_told_deed,
    told_just_before,
    undergoer,
)
from kg.extract.scene import country_place, national_places, set_scene
from kg.extract.sides import named_sides, self_named_groups
from kg.extract.speakers import speaker_side
from kg.extract.statements import REFERRING_NOUNS, Draft, find_statements
from kg.extract.temporal import date_mentions, report_day
from kg.extract.tokens import sent_of
from kg.nlp import DEFAULT_BATCH_SIZE  # noqa: F401 - where callers have found it
from kg.records import (
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Membership,
    Span,
    Statement,
)

_RESPONSE_WINDOW = 6  # how many statements back a denial may answer
#: Pronouns that, said by a spokesperson, stand for the side they speak for.
_SIDE_PRONOUNS = frozenset({"we", "our", "us", "ours", "they", "their", "them", "theirs"})
#: Verbs whose infinitive says what their subject claims to have done.
_CLAIM_VERBS = frozenset({"claim", "say", "announce", "boast", "declare", "profess"})
#: Nouns for an earlier claim, as the subject of a verdict on it ("the claim was false").
_CLAIM_NOUNS = REFERRING_NOUNS | {"announcement", "news", "information", "version",
                                  "assertion", "account", "boast"}
#: Control verbs whose subject loses control: no claim by the speaker's side.
_LOSS_VERBS = frozenset({"lose", "fall", "surrender", "abandon", "cede"})


def extract(doc: Doc, *, article: Article) -> Extraction:
    """Everything the engine reads out of one parsed article."""
    text_of.parsed_from(doc, article.text)
    published = report_day(article.text, dates.parse_published(article.published))
    pub_value = DateValue(published.isoformat(), "date", "") if published else None
    table = entity_table(doc)
    sites = add_facilities(doc, table)
    res = Resolver(doc, table)
    dms = date_mentions(doc, published)
    drafts = find_statements(doc, res, dms, pub_value)
    speaking = {d.speaker for d in drafts} | {d.on_behalf_of for d in drafts}
    places_by_verb(doc, res, speaking)
    sites_by_town(doc, res, speaking)
    events = find_events(doc, res, dms) + possession_events(doc, res, speaking) + (
        entries_claimed(doc, res, [d.content_tokens for d in drafts]) + held_places(doc, res))
    events = _site_surroundings(doc, table, sites, events)
    _holders(res, doc, events)
    _takers_of_losses(doc, res, events)
    _places_taken(doc, res, drafts, events)
    of_doers(doc, res, events)
    part_doers(doc, res, events)
    further: dict[int, list[int]] = {}
    propositions = _link_propositions(doc, res, drafts, events, further)
    first_person_agents(doc, res, drafts, events)
    announced_acts(doc, res, drafts, events)
    _seats_of_power(doc, res, events)
    body_agents(doc, res, events)
    named_sides(doc, res, events)
    self_named_groups(doc, res, events)
    fighter_sides(doc, res, events)
    forces_of_persons(doc, res, events)
    state_forces(doc, res, events)
    kind_bodies(doc, res, events)
    echoed_agents(doc, res, events)
    judging_courts(doc, res, events)
    set_scene(doc, res, events, {k for ev in events for k in ev.acting_places})
    national_places(doc, res, events)
    places_named_later(doc, res, events)
    _date_current_content(doc, drafts, events)
    continued_dates(doc, events, dms)
    date_as_of_report(doc, events, dms, pub_value)
    headline_dates(doc, events)
    _firm_takeovers(doc, res, events)
    losses_without_taker(doc, res, events)
    responses = _responses(doc, drafts)
    answered_by_owner(doc, res, drafts, responses)
    _borrow_propositions(propositions, responses)
    _claims_reported_before(doc, drafts, events, propositions, responses)
    text = article.text
    fuller_tellings(doc, text, drafts, events, propositions, further)
    _bodies_speak_for_themselves(res, drafts)
    warnings: list[str] = []
    return Extraction(
        article=article,
        entities=tuple(_entities(table, doc, drafts, events, article.id)),
        events=_kept(events, lambda n, ev: _event_record(n, ev), text, warnings),
        statements=_kept(drafts, lambda n, d: _statement_record(n, d, propositions, responses,
                                                                text, further), text, warnings),
        memberships=tuple(_unique_memberships(res.memberships)),
        warnings=tuple(warnings),
    )


def _kept(drafts, make, text: str, warnings: list[str]) -> tuple:
    """The records of ``drafts`` (``make(n, draft)``), less any that cannot be right: a
    span that is reversed, empty or past the text, or empty content. Each one left out
    is a warning; it never costs the article (records keep their numbers, so the links
    between the others hold)."""
    out = []
    for n, draft in enumerate(drafts):
        try:
            record = make(n, draft)
        except ValueError as exc:  # Span refuses a reversed range
            warnings.append(f"item {n} left out: {exc}")
            continue
        problem = _record_problem(record, len(text))
        if problem is None:
            out.append(record)
        else:
            warnings.append(f"{record.key} left out: {problem}")
    return tuple(out)


def _record_problem(record: Event | Statement, length: int) -> str | None:
    """Why an event or statement cannot be stored as evidence of the text, or ``None``."""
    spans = (record.evidence, record.trigger_span) if isinstance(record, Event) else (
        record.evidence, record.content_span)
    for span in spans:
        if span.end > length:
            return f"span [{span.begin}, {span.end}) past the end of the text ({length})"
    if record.evidence.begin >= record.evidence.end:
        return f"empty evidence span [{record.evidence.begin}, {record.evidence.end})"
    words = record.trigger if isinstance(record, Event) else record.content
    if not words.strip():
        return "empty trigger" if isinstance(record, Event) else "empty content"
    return None


def extract_articles(articles: Iterable[Article], *, nlp=None,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Extraction]:
    """Parse and read a stream of articles lazily, batching through ``nlp.pipe`` (at most
    ``batch_size`` articles and ``kg.nlp.BATCH_CHARS`` characters at a time)."""
    from kg.nlp import by_size, load_pipeline, parse

    if nlp is None:
        nlp = load_pipeline()
    for part in by_size(articles, batch_size, lambda a: len(a.text)):  # a stream: in parts
        for doc, article in zip(parse(nlp, [a.text for a in part], batch_size), part,
                                strict=True):
            yield extract(doc, article=article)


# ------------------------------------------------------------------ linking


def _site_surroundings(doc: Doc, table: EntityTable, sites: dict[int, tuple[str, int]],
                       events: list[EventDraft]) -> list[EventDraft]:
    """An event whose control word takes a site ("seized the palace in Orrin", "in control
    of facilities including Orrin's airport", "the palace was under control") is at the
    site, and also at the places the site's phrase names: the town stays beside it. A
    site's own noun is no event ("the Kelvar jail" is a building, not a jailing)."""
    site_keys = {key for key, _ in sites.values()}
    kept = [ev for ev in events if table.at(doc[ev.token]) not in site_keys]
    for ev in kept:
        token = doc[ev.token]
        for i in (token.i, token.head.i, token.head.head.i):
            if i in sites:
                key, head = sites[i]
                new = [key, *nested_places(doc, table, head)]
                ev.places.extend(k for k in new if k not in ev.places)
                break
    return kept


def _places_taken(doc: Doc, res: Resolver, drafts: list[Draft],
                  events: list[EventDraft]) -> None:
    """Names the tagger took for people or groups that are places taken or held ("Halvik
    has fallen") become Places, and the events they stand in take them as places; a
    control event held over "the mine" or "the town" with no place takes the named place
    the description points back to, also over a place only guessed from the sentences
    around it ("the town, a target of the offensive, has fallen")."""
    acting = ({d.speaker for d in drafts} | {d.on_behalf_of for d in drafts} | {
        d.via for d in drafts} | {k for ev in events for k in ev.agents})
    found = taken_names(doc, res, events, acting)
    for key in armed_takings(doc, res, events, acting, armed_claims(res, drafts)) - found:
        retype_place(res.table, key)  # "its fighters captured Tarsk": a place
        found.add(key)
    for ev in events:
        if ev.cls == "ControlEvent" and (not ev.places or ev.context_places):
            for word in held_words(doc[ev.token]) or raised_subject(doc[ev.token]):
                key = described_site(word, res, acting, frozenset(ev.places))
                if key is not None:
                    ev.places[:] = [key]
                    ev.context_places = False
                    found.add(key)
                    break
    for ev in events:
        if ev.cls == "ControlEvent" and ev.places:  # "seized Veska's capital": the town too
            for word in held_words(doc[ev.token]):
                key = state_of_capital(word, res.table) and described_site(word, res, acting)
                if key is not None and key not in ev.places:
                    ev.places.insert(0, key)
                    break
    for ev in events:
        if ev.cls in _ARMED_DEEDS:
            _settlement_introduced(doc, res, ev, acting)
    for ev in events:
        for key in [k for k in ev.participants if k in found]:
            ev.participants.remove(key)
            if key not in ev.places:
                ev.places.append(key)
    listed_places(doc, res, events, acting)  # "took three towns: A, B and C": each one


#: Deeds of arms whose place a description of a town may give ("attacked a town in X").
_ARMED_DEEDS = frozenset({"ControlEvent", "ConflictEvent", "MovementEvent"})
#: Prepositions of the place a fight or a move is at or goes to.
_TARGET_PREPS = frozenset({"on", "in", "at", "near", "into", "for", "against", "to",
                           "toward", "towards", "around", "inside"})


def _settlement_introduced(doc: Doc, res: Resolver, ev: EventDraft, acting: set[str]) -> None:
    """"took control of a key town in northern Veska" with the town named just after ("...
    fighting for Tarsk"), or in apposition ("a town in Veska, Tarsk"): the town comes
    first among the event's places, the larger place that only locates it after; so for
    a fight or a move ("attacked a town in eastern Veska", "entered a village near X")."""
    token = doc[ev.token]
    words = held_words(token) if ev.cls == "ControlEvent" else [
        w for c in token.children if c.dep_ == "dobj" or (
            c.dep_ == "prep" and c.lower_ in _TARGET_PREPS)
        for w in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]
    for word in words:
        found = introduced_settlement(word, res, acting)
        if found is None:
            continue
        town, region = found
        if res.table.type_of(town) != "Place":
            retype_place(res.table, town)  # "a town in Veska, Tarsk": a place
        if ev.context_places or not ev.places:
            ev.places[:], ev.context_places = [town], False
        elif region in ev.places:
            ev.places[:] = [town, *(k for k in ev.places if k != town)]
        return


def _takers_of_losses(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"The army lost Halvik to the militia": the militia took it; the army, the subject,
    is a participant that lost it."""
    for ev in events:
        taker = taker_of_loss(res, doc[ev.token], ev)
        if taker is None:
            continue
        losers = [k for k in ev.agents if k != taker]
        ev.agents[:] = [taker]
        ev.participants.extend(k for k in losers if k not in ev.participants)
        if taker in ev.participants:
            ev.participants.remove(taker)


def _firm_takeovers(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """A takeover of a firm by a firm ("Delta Grain took control of Halvik Mills") is a
    BusinessEvent; the firm taken is a participant, no place."""
    for ev in events:
        if ev.cls != "ControlEvent":
            continue
        token = doc[ev.token]
        firm = firm_takeover(res, token, ev, held_words(token))
        if firm is None:
            continue
        ev.cls = "BusinessEvent"
        if firm and firm in ev.places:
            ev.places.remove(firm)
        if firm and firm not in ev.participants and firm not in ev.agents:
            ev.participants.append(firm)


def _seats_of_power(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"The Veskan army has taken over", "Kelvar's military seized power": a takeover
    with nothing taken is of the taker's own country (the one its name is of), or, by a
    body that may rule (a council, a junta, an army) whose name names no country, of the
    country the article is about ("the Council for Renewal announced its takeover")."""
    places = [e for e in res.table.entities if res.table.type_of(e.key) == "Place" or (
        len(e.label.split()) == 1 and not org_name(res.table, e.key))]  # a country tagged ORG
    for ev in events:
        own_place = ev.places and not ev.context_places
        if ev.cls != "ControlEvent" or own_place or not ev.agents or any(
                w.lemma_.lower() not in _POWER_NOUNS for w in held_words(doc[ev.token])):
            continue
        if not _seizes_power(doc[ev.token]):
            continue
        agent = res.entities.get(ev.agents[0])
        if agent is None or res.table.type_of(agent.key) != "Organization":
            continue
        words = agent.label.split()
        country = next((p.key for p in places for w in words[:-1] if w[:1].isupper() and (
            w == p.label or demonym_of(w, p.label))), None)
        if country is None and ruling_body(agent.label) and not any(
                res.table.at(t) in ev.places for t in sent_of(doc[ev.token])):
            country = country_place(doc, res)  # "the National Council announced its takeover"
        if country is not None and country not in ev.agents:
            ev.places[:] = [country]  # over any place only read from the context
            if res.table.type_of(country) != "Place":
                retype_place(res.table, country)


_POWER_NOUNS = frozenset({"power", "control", "charge", "administration", "government",
                          "country", "nation", "state", "leadership", "reins", "helm",
                          "authority", "rule"})


def _seizes_power(token) -> bool:
    """A trigger that takes a country's power, not a place ("took over", "seized power",
    "a coup")."""
    lemma = token.lemma_.lower()
    if lemma in {"coup", "putsch", "takeover"}:
        return True
    return any((lemma, c.lemma_.lower()) in {("take", "over"), ("seize", "power"),
                                             ("take", "power"), ("take", "charge")}
               for c in token.children)


def _holders(res: Resolver, doc: Doc, events: list[EventDraft]) -> None:
    """"Y is under the control of X": X holds Y (in "seized control of X", X is held); "X
    has full control of Y": the haver holds it."""
    for ev in events:
        token = doc[ev.token]
        if ev.cls == "ControlEvent" and not ev.agents and (
                haver := control_haver(token)) is not None:
            add_doer(ev, haver, res)
            continue
        if ev.cls != "ControlEvent" or ev.agents or token.lemma_.lower() != "control" or (
                token.head.lower_ != "under"):
            continue
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                key = res.entity_of(pobj, allow_pronoun=False, descriptions=False)
                if pobj.dep_ == "pobj" and res.table.type_of(key) in {"Organization", "Person"}:
                    ev.agents.append(key)
                    if key in ev.participants:
                        ev.participants.remove(key)


def _link_propositions(doc: Doc, res: Resolver, drafts: list[Draft], events: list[EventDraft],
                       further: dict[int, list[int]]) -> dict[int, int]:
    """Statement index -> index of the event it asserts or denies (its content's main event);
    ``further`` gets, by statement index, the events of the content's other main clauses."""
    links: dict[int, int] = {}
    for n, d, k in _asserted(doc, drafts, events):
        if n in links:
            further.setdefault(n, []).append(k)
        else:
            links[n] = k
        ev = events[k]
        if d.stance == "Deny" and ev.factuality in {"Asserted", "Claimed"}:
            ev.factuality = "Denied"
        elif ev.factuality == "Asserted":
            ev.factuality = "Claimed"
        if (group := _group_subject(doc[ev.token])) is not None and (
                named := _named_before(res, group)) is not None and named in {d.speaker,
                                                                    d.on_behalf_of}:
            ev.agents[:] = [named]  # "media run by X reported the group had taken Y": X did
        elif ev.agent_pronoun is not None:
            pronoun = doc[ev.agent_pronoun]
            side = forces_side(res, d, pronoun) or _speaker_side(res, d, pronoun.lower_)
            if side is not None and (undergoer(pronoun, ev) or taker_of_loss(
                    res, doc[ev.token], ev) is not None):
                ev.participants.append(side)  # "X said it had been fined by Y": X is fined
            elif side is not None:
                ev.agents[:] = [side]  # "X said it had ...": "it" is the speaker
        elif not ev.agents and blamed_words(doc[ev.token]):
            pass  # "X blamed the police for the death": the one blamed, unnamed, did it
        elif not ev.agents and d.stance != "Deny" and (side := _side(res, d)) and (
                (ev.agent_description is not None and describes_side(
                    res, side, doc[ev.agent_description])) or _claimed_by_side(doc[ev.token], ev)
                or (ev.cls == "ControlEvent" and _declared_done(doc[ev.token], d))
                or _verbless_control(doc[ev.token], d.content_tokens)
                or held_without_holder(doc[ev.token])):
            ev.agents.append(side)  # "X said the movement took Y", "Y was taken, X said"
        elif not ev.agents and d.stance != "Deny" and (
                _claimed_deed(doc[ev.token]) or _claim_noun_deed(doc[ev.token])):
            ev.agents.append(deed_claimer(d, ev))  # "X claimed to have taken Y": X did
        elif not ev.agents and d.stance != "Deny" and (side := _side(res, d)) and (
                owner := described_owner(doc[ev.token])) is not None and describes_side(
                res, side, owner):
            ev.agents.append(side)  # "the group's fighters ambushed a convoy", its spokesman said
        elif not ev.agents and d.stance != "Deny" and (side := _side(res, d)) and (
                word := side_word_holder(doc[ev.token])) is not None and fits_side_word(
                res, side, word):
            ev.agents.append(side)  # "X remains under government control", the army said
        elif not ev.agents and (word := side_word_holder(doc[ev.token])) is not None and (
                body := sole_rebel_body(res, word)) is not None:
            ev.agents.append(body)  # "the army said X was under rebel control": the front's
        elif not ev.agents and (side := _own_possessive(res, d, doc[ev.token])):
            ev.agents.append(side)  # "the bridge is under our control": the speaker's side
        elif not ev.agents and (side := _own_doer(res, d, doc[ev.token])):
            ev.agents.append(side)  # "X was seized by our men", "X fell to its fighters"
        elif not ev.agents and d.stance != "Deny" and (side := _side(res, d)) and (
                _own_members(doc[ev.token], res.entities.get(side))):
            ev.agents.append(side)  # "the Guard said troops had seized the tanker"
        elif not ev.agents and d.stance != "Deny" and _announced_deed(doc[ev.token], ev, d) and (
                not takes_up_told_deed(doc, res, events, k)):
            winner = d.speaker if electoral_win(doc[ev.token]) else None  # "claimed victory"
            ev.agents.append(winner or _side(res, d) or d.speaker)  # "X announced the takeover"
        elif not ev.agents and (body := justice_body_deed(res, d, doc[ev.token], ev)
                                or governing_body_deed(res, d, doc[ev.token], ev)):
            ev.agents.append(body)  # "the police said two men had been arrested"
        elif not ev.agents and (body := appointing_body(res, d, doc[ev.token], ev)
                                or dismissing_body(res, d, doc[ev.token], ev)):
            ev.agents.append(body)  # "the club announced X had been appointed manager"
        elif not ev.agents and (side := enemy_losses(res, d, doc[ev.token], ev)):
            ev.agents.append(side)  # "the guard said that 30 insurgents were killed"
        if ev.agents == [d.speaker] and (_claimed_deed(doc[ev.token])
                                         or part_holder(doc[ev.token]) is not None):
            ev.agents[:] = [deed_claimer(d, ev)]  # "militia spokesman X claimed to have ..."
        elif d.stance != "Deny" and _claimed_deed(doc[ev.token]) and (
                doc[ev.token].head.i == d.cue_token):
            ev.agents[:] = [deed_claimer(d, ev)]  # the claimer, whatever the parse made the
            # cue's subject ("a militia said to have ties to X claims to have seized Y")
        if ev.date is None and ev.factuality in {"Claimed", "Denied"} and (
                ev.same_day or _as_of_saying(_verb_of(doc[ev.token]), d)):
            ev.date = d.date
    return links


def _asserted(doc: Doc, drafts: list[Draft],
              events: list[EventDraft]) -> Iterator[tuple[int, Draft, int]]:
    """(statement index, draft, event index) for each event a statement asserts or denies:
    first its content's main event (the shallowest), then those of the clauses coordinated
    with it or of a quote's further sentences ("seized the port and took the airport")."""
    for n, d in enumerate(drafts):
        inside = [k for k, ev in enumerate(events)  # by characters: a quote may run on
                  if d.content[0] <= ev.trigger_chars[0] < d.content[1]]
        if not inside:
            inside = declared_state(doc, d.cue_token, d.content_tokens, events)
        if not inside:
            continue
        first = min(inside, key=lambda k: _depth(doc[events[k].token], d.content_tokens,
                                                 d.cue_token))
        if judged_only(doc[events[first].token], d.content_tokens):
            continue  # "said the talks were useful": an opinion, no event asserted
        yield n, d, first
        coordinated = coordinated_claims(doc, d.content_tokens, d.cue_token, events, inside,
                                         first)
        for k in coordinated:
            yield n, d, k
        if d.stance == "Assert":  # a denial denies its main clause, not what it takes as done
            subordinate = subordinate_claims(doc, d.content_tokens, d.cue_token, events,
                                             inside, {first, *coordinated})
            for k in subordinate:
                yield n, d, k
            causes = list(stated_causes(doc, d.content_tokens, d.cue_token, events, inside,
                                        {first, *coordinated, *subordinate}))
            for k in causes:
                yield n, d, k
            for k in held_in_content(doc, events, inside,
                                     {first, *coordinated, *subordinate, *causes}):
                yield n, d, k  # "militia-held X was shelled": X held, as the speaker tells


def _group_subject(token):
    """The subject "the group" (a noun any organisation goes by) of an event's verb, also
    of a verb it is conjoined to ("the group seized X and also captured Y")."""
    for _ in range(3):
        subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            generic = subj.pos_ == "NOUN" and subj.lemma_.lower() in GENERIC_GROUP_NOUNS
            return subj if generic and any(c.lower_ == "the" for c in subj.children) else None
        if token.dep_ != "conj":
            return None
        token = token.head
    return None


def _named_before(res: Resolver, word) -> str | None:
    """The organisation named last before ``word`` in its sentence, which "the group"
    points back to, when it is named inside a phrase ("media run by X", "X's radio"): a
    subject of its own is no "the group" of its clause ("X said the group ..." is another
    group)."""
    for t in reversed(word.doc[sent_of(word).start:word.i]):
        key = res.table.at(t)
        if key is None or res.table.type_of(key) != "Organization":
            continue
        while res.table.at(t.head) == key and t.head.i != t.i:
            t = t.head
        return key if t.dep_ in {"pobj", "poss"} else None
    return None


def _verb_of(token):
    """The verb that carries a noun event ("has launched an offensive"), else the token."""
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        head = token.head.head if token.dep_ == "pobj" else token.head
        if head.pos_ in {"VERB", "AUX"}:
            return head
    return token


def _as_of_saying(verb, d: Draft) -> bool:
    """Whether a reported event is dated by its saying: one in the present or present
    perfect; a state told in the past after a past cue ("said his side was in control":
    the sequence of tenses); a deed a dated report tells in the past perfect ("said on
    Sunday they had taken the town", "said on Tuesday it had bought two mills"): the
    report is the news of it, unless the text sets it before (``reported_deed``)."""
    if _current(verb) or (verb.lemma_ == "be" and verb.tag_ == "VBD"):
        return True
    return d.date is not None and bool(d.date.text) and reported_deed(verb)


def _date_current_content(doc: Doc, drafts: list[Draft], events: list[EventDraft]) -> None:
    """What a statement says is so now ("the government is dissolved", "the army is taking
    charge", "has seized the port") is so on the day it is said: every such event in its
    content, not only the one it is linked to, has the statement's date when it has none."""
    for d in drafts:
        if d.date is None:
            continue
        for ev in events:
            if ev.date is None and d.content[0] <= ev.trigger_chars[0] < d.content[1] and (
                    _current(_verb_of(doc[ev.token])) or _present_passive(doc[ev.token])):
                ev.date = d.date


def _present_passive(token) -> bool:
    """"is dissolved", "are detained": a state in the present."""
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {
        "is", "are", "'s", "'re", "am"} for c in token.children)


def _current(token) -> bool:
    """Present perfect or present ("has captured", "is fighting"): the event is as of the
    utterance, so its date is the statement's; a past or past perfect one has its own."""
    auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"has", "have", "'s", "'ve"} and token.tag_ == "VBN":
        return True
    return token.tag_ in {"VBZ", "VBP"} or (token.tag_ == "VBG" and bool(
        auxes & {"is", "are", "'re", "am"}))


def _pronoun_types(word: str) -> set[str]:
    if word in {"he", "she", "i", "his", "her", "my"}:
        return {"Person"}
    if word in {"it", "we", "they", "its", "our", "their", "us", "them", "ours", "theirs"}:
        return {"Organization", "Place"}
    return set()


def _speaker_side(res: Resolver, d: Draft, word: str) -> str | None:
    """Who a pronoun agent in a statement is: the speaker when the pronoun fits ("X said it
    had ..."); the side a spokesperson speaks for when "we", "our" or "their" cannot be
    the person ("Y, the group's spokesman, said their forces had taken ...")."""
    kind = res.table.type_of(d.speaker)
    if kind in _pronoun_types(word):
        return d.speaker
    if kind == "Person" and word in _SIDE_PRONOUNS:
        return speaker_side(res, d)
    return None


def _side(res: Resolver, d: Draft) -> str | None:
    """The organisation a statement speaks for: its speaker's, or the speaker if a group;
    an outlet reporting is no side ("the Courier reported the army had seized X")."""
    if d.on_behalf_of is not None:
        return d.on_behalf_of
    entity = res.entities.get(d.speaker)
    if entity is None or res.table.type_of(d.speaker) == "Person" or d.cue == "report":
        return None
    return None if entity.label.split()[-1].lower() in OUTLET_WORDS else d.speaker


def _bodies_speak_for_themselves(res: Resolver, drafts: list[Draft]) -> None:
    """"The Orrin Teachers Union said talks had failed", "Veska said it would reopen the
    border": a body (or a state) that speaks, speaks on its own behalf, as its
    spokesperson would ("union spokesman Y said" is on the union's behalf); an outlet's
    report is no side's word. Set last, once the readings that tell a spokesperson's body
    from the body itself are done."""
    for d in drafts:
        if d.on_behalf_of is None and _side(res, d) == d.speaker:
            d.on_behalf_of = d.speaker
        elif d.on_behalf_of is None and res.table.type_of(d.speaker) == "Person":
            d.on_behalf_of = (_body_of_unplaced_post(res, d.speaker)
                              or _state_of_bare_title(res, d.speaker))


def _body_of_unplaced_post(res: Resolver, person: str) -> str | None:
    """"The Dockside Union met on Monday. ... Treasurer Ada Moreno said ...": a speaker
    whose post the text gives with no body of its own (a body's post, not a head of
    state's title "President Y") speaks for the organisation named last before that post
    (within three sentences); no membership is made of so loose a tie."""
    for role in res.roles:
        if role.person != person or role.organization is not None \
                or role.noun not in BARE_BODY_ROLES:
            continue
        token = res.doc[role.token]
        if (role.noun == "president" and token.dep_ == "compound") or any(
                c.dep_ in {"poss", "prep", "compound", "nmod"}
                or (c.dep_ == "amod" and c.lower_ not in SENIORITY_WORDS)
                for c in token.children):
            continue  # "Rival company executive Y", "Orrin police chief Y": a body of its own
        found = next(res.organisations_before(token), None)
        entity = res.entities.get(found) if found is not None else None
        if entity is not None and entity.label.split()[-1].lower() not in OUTLET_WORDS:
            return found
    return None


#: Titles of a state's head or minister that, bare before a name ("President Y", "Prime
#: Minister Y", "Foreign Minister Y"), are held in the country the article is about.
HEAD_OF_STATE_TITLES = frozenset({"president", "premier", "chancellor", "minister"})
#: Words of such a title that name no body ("Prime", "Vice", "Foreign", "Defence").
_TITLE_WORDS = frozenset({"prime", "vice", "deputy", "acting", "interim", "foreign",
                          "defence", "defense", "interior", "finance", "health", "justice"})


def _state_of_bare_title(res: Resolver, person: str) -> str | None:
    """"Veska's border stayed shut. ... President Y said ...": a head of state's or a
    minister's title before the name, with no country or body of its own, is held in the
    country the article is about (a nationality word or a national office made of its
    name, ``country_place``); no membership is made of so loose a tie."""
    for role in res.roles:
        if role.person != person or role.organization is not None \
                or role.noun not in HEAD_OF_STATE_TITLES:
            continue
        token = res.doc[role.token]
        if token.dep_ != "compound" or any(
                c.dep_ in {"poss", "prep", "nmod", "amod"} or (
                    c.dep_ == "compound" and c.lower_ not in _TITLE_WORDS)
                for c in token.children):
            continue  # "Kelvar Foreign Minister Y", "company president Y": a body of its own
        return country_place(res.doc, res)
    return None


def _claimed_by_side(token, ev: EventDraft) -> bool:
    """A change of control told without its taker ("X has been taken over," the militia's
    spokesman said): the claim is the speaker's side's own."""
    if ev.cls != "ControlEvent" or token.pos_ != "VERB" or token.lemma_.lower() in _LOSS_VERBS:
        return False  # "the city was lost (to X)": the speaker's side is the loser
    return any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children)


def _declared_done(token, d: Draft) -> bool:
    """"The Kelvar Front declared Halvik liberated", "proclaimed the town captured": a
    deed of taking the cue declares done, with no doer of its own, is the declarer's
    side's."""
    return token.tag_ == "VBN" and token.head.i == d.cue_token and (
        token.head.lemma_.lower() in DECLARING_VERBS) and not any(
        c.dep_ in {"auxpass", "agent", "aux"} for c in token.children)


def _verbless_control(token, bounds: tuple[int, int]) -> bool:
    """"'In full control of X,' the militia's spokesman said": a quote with no verb of its
    own, whose "in control" the speaker's side claims for itself."""
    return token.lemma_.lower() == "control" and token.dep_ == "pobj" and (
        token.head.lower_ == "in") and not bounds[0] <= token.head.head.i < bounds[1]


def _claimed_deed(token) -> bool:
    """"claims to have seized X", "a statement claiming to have taken over": a deed the
    claimer says it did itself (an infinitive with no subject of its own, on a claim)."""
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in _CLAIM_VERBS:
        return False
    children = list(token.children)
    return not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _claim_noun_deed(token) -> bool:
    """"claims by X to have bought Y", "X's claim to have taken Y": the infinitive on a
    claim noun is a deed the claimer says it did (no subject of its own)."""
    if token.dep_ not in {"acl", "xcomp"} or token.head.lemma_.lower() not in _CLAIM_VERBS:
        return False
    kids = list(token.children)
    return token.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in kids)


def _own_doer(res: Resolver, d: Draft, token) -> str | None:
    """The speaker's side, when the content names it by its own people in the phrase of
    the doer ("seized by its marines", "fell to our fighters") or by a pronoun subject of
    the verb carrying the event noun ("it had completed the capture of X")."""
    word = own_doer_phrase(token) or support_subject(token)
    if word is None:
        return None
    return forces_side(res, d, word) or _speaker_side(res, d, word.lower_)


def _own_possessive(res: Resolver, d: Draft, token) -> str | None:
    """"under our control", "its offensive", "her resignation": a first-person possessive,
    or a third-person one that fits the speaker ("its" said by an organisation, "her" by
    a person), on an event noun is the speaker or its side ("their" may be anyone's)."""
    if token.pos_ != "NOUN":
        return None
    poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {
        "our", "its", "my", "his", "her"}), None) or own_holder(token)
    return _speaker_side(res, d, poss.lower_) if poss is not None else None


#: Plural nouns for a body's own people ("officers", "inspectors", "workers").
_MEMBER_NOUNS = frozenset({"officer", "agent", "personnel", "member", "staff", "employee",
                           "worker", "inspector", "ranger", "investigator", "official"})
#: ... and for fighters, who may be the other side's ("rebels said soldiers attacked").
_FIGHTER_NOUNS = frozenset({"troop", "soldier", "force", "fighter", "commando", "marine",
                            "sailor", "unit", "militant"})
#: Verbs whose subject does the event noun they take ("staged a strike", "launched an
#: attack"); not "survived", "faced", "foiled" it.
_DOING_VERBS = frozenset({"launch", "carry", "stage", "stag", "hold", "conduct", "mount",
                          "wage", "begin", "start", "call"})
#: Words in the name of a body that has fighters of its own.
_ARMED_WORDS = frozenset({"army", "guard", "navy", "military", "forces", "force", "corps",
                          "defence", "defense", "command", "militia", "brigade", "brigades"})


def _own_members(token, side) -> bool:
    """"Police said officers arrested Z", "the Guard said troops had seized Y": a bare
    plural of a body's people, with no name or nation of its own, as the subject is the
    speaker's side's, also counted ("thousands of nurses walked out"); fighters only when
    that side is an armed body, and workers of a trade ("the Tesk Nurses Union said nurses
    walked out") when it is a union."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.lemma_.lower() in {
            "control", "charge"}:
        token = token.head.head  # "troops were in control of X": the subject of "were"
    elif token.pos_ == "NOUN" and ((token.dep_ == "dobj" and (
            token.head.lemma_.lower() in _DOING_VERBS)) or (
            token.dep_ == "pobj" and token.head.lower_ == "on")):
        token = token.head if token.dep_ == "dobj" else token.head.head  # "went on strike"
    subj = _shared_subject(token)
    if subj is not None and subj.lemma_.lower() in PART_OF_PEOPLE_NOUNS:
        subj = next((p for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"), None)  # "thousands of nurses"
    if subj is None or subj.tag_ != "NNS" or side is None:
        return False
    noun = subj.lemma_.lower()
    words = set(side.label.lower().split())
    armed, union = bool(_ARMED_WORDS & words), bool(UNION_WORDS & words)
    if noun not in _MEMBER_NOUNS and not (noun in _FIGHTER_NOUNS and armed) and not (
            noun in UNION_PEOPLE_NOUNS and union):
        return False
    return not any(c.dep_ in {"poss", "compound", "det", "nummod", "prep"} or (
        c.dep_ == "amod" and (c.text[:1].isupper() or c.lemma_.lower() in FIGHTER_NOUNS))
        for c in subj.children) and not (
        hyphen_doers_on(subj))  # "X said Veska-backed fighters shelled Y": Veska's side


def _shared_subject(verb):
    """The subject of ``verb``, or, for a verb with none conjoined to one that has it, that
    verb's: "troops pushed the rebels back and retook X" (the subject of "retook")."""
    for _ in range(3):
        kids = list(verb.children)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is not None or any(c.dep_ in {"nsubjpass", "expl"} for c in kids) or (
                verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}):
            return subj
        verb = verb.head
    return None


#: Classes of deed whose announcer is its doer ("X announced the takeover / the sale /
#: the arrest / the appointment of Y"); not a death, a battle or a march one reports.
_DOER_CLASSES = frozenset({"ControlEvent", "TransactionEvent", "BusinessEvent",
                           "PersonnelEvent", "JusticeEvent", "GovernanceEvent"})


def _announced_deed(token, ev: EventDraft, d: Draft) -> bool:
    """"X announced the acquisition of Y", "X confirmed the arrest of Z": an event noun
    that is the object of the cue itself, with no doer of its own; not a judgement of it
    ("X condemned the arrest", "welcomed the verdict": someone else's deed)."""
    return (ev.cls in _DOER_CLASSES and token.pos_ == "NOUN" and token.dep_ == "dobj"
            and token.head.i == d.cue_token and d.cue not in EVALUATIVE_VERBS
            and not any(c.dep_ in {"poss", "compound"} for c in token.children)
            and not any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children))


def _depth(token, bounds: tuple[int, int], cue: int) -> int:
    """How deep ``token`` lies in the content: a clause the cue governs is at the top,
    also when the cue stands inside a quotation ('"X," he said. "Y."')."""
    depth = 0
    while bounds[0] <= token.head.i < bounds[1] and token.head.i not in {token.i, cue} and (
            depth < 20):
        token = token.head
        depth += 1
    return depth


def _borrow_propositions(links: dict[int, int], responses: dict[int, int]) -> None:
    """A denial of "the claim" denies the claim's event: with no event of its own, a
    statement that answers another takes that one's proposition (the event keeps the
    factuality its first teller gave it)."""
    for n, m in responses.items():
        if n not in links and m in links:
            links[n] = links[m]


def _claims_reported_before(doc: Doc, drafts: list[Draft], events: list[EventDraft],
                            links: dict[int, int], responses: dict[int, int]) -> None:
    """A denial of "the claims" that answers no statement found denies the deed reported
    just before it ("X said it had taken Y, but the army rejected the claims"); that
    deed is a claim."""
    for n, d in enumerate(drafts):
        confirms = n not in links and confirms_earlier(doc, d)
        if n in links or n in responses or not (
                d.refers_back or denies_claim(doc, d) or _verdict_on_claim(doc, d) or confirms):
            continue
        k = reported_before(doc, d, events)
        if k is None and confirms:
            k = told_just_before(doc, d, events)  # "Rebels took X. The army confirmed this."
        if k is not None:
            links[n] = k
            if events[k].factuality == "Asserted":
                events[k].factuality = "Claimed"


def _verdict_on_claim(doc: Doc, d: Draft) -> bool:
    """"told reporters the claim was not true", "said the reports were false": a denial
    whose content is a verdict on "the claim" answers an earlier one, as "denied the
    claim" does ("reports that X fell are false" says itself what it denies)."""
    if d.stance != "Deny":
        return False
    root = doc[d.content_tokens[0]:d.content_tokens[1]].root
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _CLAIM_NOUNS and not any(
        g.dep_ in {"acl", "ccomp", "relcl", "prep"} for g in c.children)
        for c in root.children)


def _responses(doc: Doc, drafts: list[Draft]) -> dict[int, int]:
    """A denial of "the claims" answers the latest earlier assertion by someone else."""
    out: dict[int, int] = {}
    for n, d in enumerate(drafts):
        if not (d.refers_back or _verdict_on_claim(doc, d)):
            continue
        for m in range(n - 1, max(-1, n - 1 - _RESPONSE_WINDOW), -1):
            if drafts[m].speaker != d.speaker and drafts[m].stance != "Deny":
                out[n] = m
                break
    return out


# ------------------------------------------------------------------ records


def _entities(table: EntityTable, doc: Doc, drafts: list[Draft],
              events: list[EventDraft], article_id: str) -> list[Entity]:
    acting = ({d.speaker for d in drafts} | {d.on_behalf_of for d in drafts}
              | {k for ev in events for k in (*ev.agents, *ev.participants)})
    out = []
    for e in with_char_mentions(table, doc):
        if e.type == "Place" and e.key in acting:
            e = replace(e, also=("Organization",))
        if is_description(e.label):
            e = replace(e, scope=article_id)
        out.append(e)
    return out


def _event_record(n: int, ev: EventDraft) -> Event:
    return Event(
        key=f"v{n}", type=ev.cls, trigger=ev.trigger,
        trigger_span=Span(*ev.trigger_chars), evidence=Span(*ev.evidence),
        agents=tuple(dict.fromkeys(ev.agents)),
        participants=tuple(k for k in dict.fromkeys(ev.participants) if k not in ev.agents),
        places=tuple(dict.fromkeys(ev.places)), date=ev.date, factuality=ev.factuality,
    )


def _statement_record(n: int, d: Draft, props: dict[int, int], responses: dict[int, int],
                      text: str, further: dict[int, list[int]]) -> Statement:
    return Statement(
        key=f"s{n}", speaker=d.speaker, stance=d.stance, cue=d.cue,
        content=d.content_text or text[d.content[0]:d.content[1]],
        content_span=Span(*d.content), evidence=Span(*d.evidence),
        is_direct_quote=d.is_direct_quote,
        on_behalf_of=d.on_behalf_of,
        via=d.via if d.via != d.speaker else None, date=d.date,
        proposition=f"v{props[n]}" if n in props else None,
        further_propositions=tuple(f"v{k}" for k in dict.fromkeys(further.get(n, ()))
                                   if n in props and k != props[n]),
        responds_to=f"s{responses[n]}" if n in responses else None,
    )


def _unique_memberships(ms: list[Membership]) -> Iterator[Membership]:
    seen = set()
    for m in ms:
        if (m.person, m.organization) not in seen:
            seen.add((m.person, m.organization))
            yield m
