"""What the coder does, in one options object, with two presets.

:data:`NEWS` is the default: the reading of real news (modality, intents, demands,
reported speech, nominal events with their holder's subject, capitals as governments).
:data:`PETRARCH2` reproduces PETRARCH-2's own reading, which its unit-test records and its
GSR output were coded with (``events eval petrarch`` and ``gsr`` use it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CoderOptions:
    """Switches of the coder, each for one behaviour.

    Output:
        require_dyad: emit only events with both a source and a target (PETRARCH-2's
            ``require_dyad``); otherwise one side suffices.
        private_talk: code the verbal acts (statements, appeals, intents, meetings,
            praise, demands, criticism, rejections, threats: CAMEO 01-05, 10-13) of a
            private person that name no one as their target ("a fan said the bat flip was
            iconic"); off in the news reading, where CAMEO's political actors are wanted.
        draft_evasion: code refusing or fleeing a call-up as CAMEO 128 across the
            sentences of a paragraph (:mod:`events.coding.draft`).

    Actors:
        hyphen_words: a word joined to another by a hyphen ("government-held",
            "Al Qaeda-linked") names no actor on its own, as in PETRARCH-2's parse where
            the hyphenated word is one token.
        facility_names: a name followed by a word for a street, building or county
            ("Clinton St.", "Kennedy Airport", "Lincoln County") is part of that place's
            name and names no actor; PETRARCH-2 reads every dictionary phrase alike.
        capital_metonymy: a bare capital city coded by the dictionaries as its country
            stands for its government ("Moscow said" -> ``RUSGOV``).
        sentence_country: a role-only actor ("the president", ``---GOV``) takes the
            country when the sentence names exactly one.
        appos_lists: a list the parser hung as an apposition ("The EU, Russia, and
            Turkey") keeps every member.
        person_actors: a person spaCy names that no dictionary knows is an actor, a
            civilian unless a role word of the phrase says more ("Clark was captured",
            "Judge Ann Smith" -> ``---JUD``); the country comes from the text or the places.
        office_roles: an office every body has ("spokeswoman", "president", "officials",
            "leader") takes the role of the body its phrase names ("a spokeswoman for the
            mining firm" -> ``---BUS``, not ``---GOVBUS``); PETRARCH-2 adds both roles.
        organisation_types: a body's noun no dictionary knows takes the type its name's
            words give ("the Uganda Human Rights Commission" -> ``UGAHRI``, "the health
            trust" -> ``---HLH``; :func:`events.coding.actors.type_words`).

    Reading of the news (PETRARCH-2 has none of these):
        modality: negation, refusal, announcements ("will lift", "is ready to"),
            obligations ("said Y must Z"), reports, denials and hypotheses are read from
            the parse; an announced act is coded as the intent or threat to do it, a
            refused one as its rejection, and every event says how it is asserted
            (:mod:`events.coding.modality`).
        subject_vetoes: a pattern that cancels a verb's code by the words before it ("-
            STORM * [---]": the storm killed) applies only when those words are the verb's
            subject, not anywhere before it ("troops stormed the village and residents were
            killed"); PETRARCH-2 matches them anywhere before the verb.
        defendants: a civilian whom the sentence accuses or convicts ("a man who pleaded
            guilty to fraud", "a couple accused of theft") is a criminal, ``CRM``
            (:mod:`events.coding.defendants`).
        local_bodies: "the city", "the county", "the state", "the town" that sues, talks,
            is accused or is dealt with stand for their local government (``---GOV``;
            :func:`events.coding.actors.local_body`); PETRARCH-2 knows no such actor.
        holder_subject: the subject of the verb that holds an event noun takes part in it
            ("Thousands of Nigerians converged for a rally").

    PETRARCH-2's tree and chain semantics:
        pattern_override: a later dictionary pattern with the same elements replaces an
            earlier one (PETRARCH-2 stores patterns in a tree).
        pair_inherited_subjects: a compound subject with no target gives both directions
            also when the subject is inherited or a "by" agent; PETRARCH-2 pairs only a
            verb's own subject.
        gerund_subjects: a gerund after a preposition ("jailed X for helping Y") inherits
            the subject of the verb; PETRARCH-2 reads it as a phrase.
        phrase_patterns: of two patterns equally specific, one whose words after the verb
            are all in the verb's own phrases (objects and their modifiers) wins over one
            reaching into a clause that hangs on the verb ("staged a protest, unfurling
            Free Tibet banners" is "- * PROTEST", not "- * FREE"), as PETRARCH-2 matches
            pattern nouns in the verb phrase only.
        compound_cooperation: a compound subject with no target ("A and B met") gives
            both directions only for cooperation (CAMEO 03-06) and for a pattern with a
            ``%`` (compound) marker, as PETRARCH-2 does; otherwise for every code but
            statements ("Azerbaijan and Armenia clashed"), and in news reading
            (``modality``) only for mutual acts: fights, broken relations, cooperation
            and intents of doing something together ("the governor and the attorney
            general pushed for the law" is a joint appeal, on no one).
        place_targets: places are actors like any other name, as PETRARCH-2 reads every
            prepositional phrase alike: a city in a locative phrase of the verb
            ("protested in Beijing") or in a phrase hung on its adverb ("marched close to
            the border with X") may be the target, as may the place of a happening the
            verb acts on ("condemned the war in X"), and any name in the "in" phrase of an
            agentless passive ("was shot dead in X") the source. Otherwise such a place
            is where the event happened (a country's authorities act in the passive).
        phrase_verbs: a verb inside a noun or prepositional phrase (a relative clause, a
            participle, a gerund after a preposition: "the group that seized X", "jailed
            him for helping militants join Y") codes events; PETRARCH-2 codes only the
            verbs of the chain of clauses from the root.
        governed_clauses: the clause a verb governs (its complement, infinitive or
            adverbial clause) is coded also when the verb has a target of its own;
            PETRARCH-2 reads it only when the verb has none ("called on X to be allowed
            to leave Y" is the appeal only).
        split_subjects: a subject that names no actor gives way to another subject the
            parser gave the verb ("Old foes Gondor and Osgiliath renewed ties": "foes"
            and "Gondor" both nsubj). Off in the news reading: there the second subject
            is as often a misparse (a dateline, a verb hung as a conjunct).
        pronoun_antecedents: a pronoun subject that names no actor stands for the subject
            of the clause governing its verb ("Ethiopia indicated it would act": ETH), as
            PETRARCH-2 finds a pronoun's antecedent.
        participle_targets: an object that names no actor takes the actor of a participle
            that describes it ("welcomed memos sent by X", "closed the roads leading into
            X"), as PETRARCH-2 reads a verb phrase inside a noun phrase. Off in the news
            reading: there the participle's actor is as often a third party ("signed an
            agreement brokered by the EU": the EU is no target); only an approval,
            criticism or rejection takes the "by" agent of what it judges ("condemned the
            threats made by X").
        clause_patterns: a pattern's words after the verb are in its own phrases, not in a
            verb coordinated with it or a relative clause ("agreed to resume talks but
            insisted that …" is no "- * (THAT)" match); PETRARCH-2 reads the verb's whole
            subtree.
        owned_forces: craft, weapons and units owned by a state through a possessive ("its
            aircraft", "Israel's ships") are its military (:mod:`events.coding.owned`);
            PETRARCH-2 knows only the words of its agents dictionary.
        relation_sides: a state related to the one a relation noun names ("Syria's
            neighbours", "the leaders of Vietnam's neighbours", "an ally of the regional
            government") is no actor when the text does not name it; PETRARCH-2 gives the
            phrase the named state's code.
        distinct_roles: two sides with the same code are one actor (no event) unless both
            are only roles named by different words: "the mayor praised the council" is
            GOV -> GOV between two bodies. Off, every same-code pair is dropped, as
            PETRARCH-2 drops it.
    """

    require_dyad: bool = False
    draft_evasion: bool = True
    private_talk: bool = False
    capital_metonymy: bool = True
    sentence_country: bool = True
    appos_lists: bool = False
    hyphen_words: bool = False
    facility_names: bool = True
    person_actors: bool = True
    organisation_types: bool = True
    office_roles: bool = True
    modality: bool = True
    defendants: bool = True
    local_bodies: bool = True
    subject_vetoes: bool = True
    holder_subject: bool = True
    pattern_override: bool = False
    pair_inherited_subjects: bool = True
    gerund_subjects: bool = True
    participle_targets: bool = False
    compound_cooperation: bool = False
    phrase_patterns: bool = False
    place_targets: bool = False
    phrase_verbs: bool = True
    governed_clauses: bool = True
    split_subjects: bool = False
    pronoun_antecedents: bool = False
    distinct_roles: bool = True
    clause_patterns: bool = True
    owned_forces: bool = True
    relation_sides: bool = True


NEWS = CoderOptions()
"""The default reading of real news."""

PETRARCH2 = CoderOptions(
    require_dyad=True,
    draft_evasion=False,
    private_talk=True,
    capital_metonymy=False,
    sentence_country=False,
    appos_lists=True,
    hyphen_words=True,
    facility_names=False,
    person_actors=False,
    organisation_types=False,
    office_roles=False,
    modality=False,
    defendants=False,
    local_bodies=False,
    subject_vetoes=False,
    holder_subject=False,
    pattern_override=True,
    pair_inherited_subjects=False,
    gerund_subjects=False,
    participle_targets=True,
    compound_cooperation=True,
    phrase_patterns=True,
    place_targets=True,
    phrase_verbs=False,
    governed_clauses=False,
    split_subjects=True,
    pronoun_antecedents=True,
    distinct_roles=False,
    clause_patterns=False,
    owned_forces=False,
    relation_sides=False,
)
"""PETRARCH-2's reading, for its unit-test records and GSR output."""
