"""Generate ``events/coding/data/discards.txt`` (PETRARCH-2 discard format).

A line is a phrase: a sentence containing it is not coded; with a leading ``+`` the whole
story is not coded. Hand-written for this project: sports, entertainment, games and other
contexts where conflict verbs ("beat", "attack", "defeat", "clash") are not political events.
"""

from __future__ import annotations

from _common import MIT_HEADER, write_file

# Story-level: a story mentioning these is about sport or entertainment.
STORY = [
    "World Cup", "FIFA World Cup", "Champions League", "Europa League", "Premier League", "La Liga",
    "Serie A", "Bundesliga", "Ligue 1", "Copa America", "Africa Cup of Nations", "African Nations Cup",
    "Asian Cup", "Euro 2024", "Euro 2028", "UEFA", "FIFA", "Super Bowl", "NFL", "NBA", "NHL", "MLB",
    "Major League Baseball", "Stanley Cup", "World Series", "Grand Slam", "Wimbledon", "US Open",
    "French Open", "Australian Open", "Roland Garros", "ATP Tour", "WTA Tour", "Formula One", "Formula 1",
    "Grand Prix", "MotoGP", "Tour de France", "Olympic Games", "Winter Olympics", "Summer Olympics",
    "Paralympics", "Paralympic Games", "Commonwealth Games", "Asian Games", "Six Nations", "Rugby World Cup",
    "Cricket World Cup", "Test match", "Indian Premier League", "IPL", "Ryder Cup", "PGA Tour", "Masters Tournament",
    "box office", "film festival", "Cannes Film Festival", "Venice Film Festival", "Sundance", "Berlinale",
    "Academy Awards", "Oscars", "Golden Globes", "Grammy Awards", "Grammys", "Emmy Awards", "Emmys",
    "BAFTA", "Eurovision", "Eurovision Song Contest", "Miss Universe", "Miss World", "reality show",
    "reality TV", "video game", "video games", "Xbox", "PlayStation", "Nintendo", "esports", "e-sports",
    "World of Warcraft", "Game of Thrones", "Star Wars", "Marvel Studios", "Netflix series", "sitcom", "soap opera",
    "Hollywood star", "Bollywood", "pop star", "rock band", "music festival", "concert tour",
    "box-office", "blockbuster", "fashion week", "horoscope", "crossword", "recipe", "chess championship",
    "chess olympiad", "relegation battle", "relegation zone", "relegation fight", "avoid relegation",
    "promotion race", "playoff race", "play-off race", "grand final",
]

# Sentence-level: discard the sentence only.
SENTENCE = [
    # clubs named after a capital or a conflict place, whose name would read as a government
    # ("Real Madrid beat Barcelona" is no ESPGOV)
    "Real Madrid", "Atletico Madrid", "Paris Saint-Germain", "Dynamo Kyiv", "Dynamo Kiev", "Dynamo Moscow",
    "Spartak Moscow", "CSKA Moscow", "Lokomotiv Moscow", "Red Star Belgrade", "Partizan Belgrade",
    "Dinamo Zagreb", "Legia Warsaw", "Sparta Prague", "Slavia Prague", "Rapid Vienna", "Ajax Amsterdam",
    "Sporting Lisbon", "AEK Athens", "Maccabi Tel Aviv", "Hapoel Tel Aviv", "Shakhtar Donetsk",
    "Zorya Luhansk", "Washington Commanders", "Washington Nationals", "Washington Capitals",
    "Washington Wizards", "Washington Mystics", "Washington Spirit",
    "football match", "soccer match", "football club", "soccer club", "football team", "national team",
    "friendly match", "home game", "away game", "away match", "home match", "league match", "league title",
    "cup final", "semi-final", "semifinal", "quarter-final", "quarterfinal", "group stage", "knockout stage",
    "penalty shootout", "penalty kick", "free kick", "extra time", "stoppage time", "hat-trick", "hat trick",
    "goalkeeper", "striker scored", "midfielder", "defender scored", "head coach", "coach said",
    "transfer window", "scored a goal", "scored the winner", "goals to nil", "stadium crowd",
    "home run", "bat flip", "touchdown", "slam dunk", "red card", "yellow card",
    "tennis match", "straight sets", "first set", "second set", "tiebreak", "match point", "seeded",
    "top seed", "second seed", "boxing match", "title fight", "heavyweight boxing", "welterweight", "middleweight",
    "UFC", "mixed martial arts", "wrestling match", "WWE", "basketball game",
    "baseball game", "hockey game", "ice hockey", "rugby match", "cricket match", "innings", "wicket",
    "batsman", "batsmen", "bowler", "run chase", "golf tournament", "under par", "birdie", "golfer",
    "marathon", "half marathon", "sprint final", "relay team", "gold medal", "silver medal", "bronze medal",
    "medal tally", "world record", "world champion", "world championship", "world championships",
    "championship game", "title defence", "title defense", "race car", "pole position", "cyclist",
    "jockey", "horse race", "racehorse", "chess match", "grandmaster", "checkmate", "sports fans",
    "football fans", "soccer fans", "team mates", "teammates", "player of the match", "man of the match",
    "video game character", "in the film", "in the movie", "the film's", "the movie's", "box office",
    "the novel", "the sequel", "the series finale", "starring", "screenplay", "music video", "new album", "chart-topping", "board game",
    "card game", "fantasy football", "fantasy league", "mock battle", "historical reenactment",
    "re-enactment", "war game", "wargame", "paintball", "laser tag", "cooking show", "game show",
    "talent show", "beauty pageant", "stock market rally", "shares rallied", "stocks rallied",
    "markets rallied", "share price", "stock index", "bull market",
    "bear market", "decades ago", "centuries ago",
    "anniversary of the battle", "battle of stalingrad", "battle of waterloo", "historical drama",
    "weather forecast", "cancer cells", "immune system attacks", "white blood cells", "virus attacks",
    "the bacteria", "computer virus",
    # page furniture and bylines glued into article text
    "contributed to this report", "contributed reporting", "contributed to this story",
    "all rights reserved", "click here", "sign up for our", "follow us on", "getty images", "photo credit",
]


def build() -> tuple[str, int]:
    lines = [
        MIT_HEADER.format(script="build_discards.py"),
        "# Phrases, one a line. '+' at the start: discard the whole story; otherwise the sentence.",
        "",
        "# ---- story-level: sport, entertainment, games ----",
    ]
    seen: set[str] = set()
    for phrase in STORY:
        key = phrase.upper()
        if key not in seen:
            seen.add(key)
            lines.append(f"+{key}")
    lines += ["", "# ---- sentence-level ----"]
    for phrase in SENTENCE:
        key = phrase.upper()
        if key not in seen:
            seen.add(key)
            lines.append(key)
    lines.append("")
    return "\n".join(lines), len(seen)


def main() -> None:
    text, _count = build()
    write_file("discards.txt", text)


if __name__ == "__main__":
    main()
