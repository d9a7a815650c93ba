"""Social platforms as the channel of a statement: "said on Facebook", "in a Facebook
post", "in a video posted on YouTube".

The small tagger knows some platforms' names and leaves others untagged ("Facebook" is
often no entity at all), so a statement made through them gets no ``via``. A platform's
name is taken for an organisation here only where it stands as a channel: after "on",
"via" or "through", or before a noun of a posting ("a Facebook post", "its Telegram
channel"); "Facebook's shares fell" and other mentions are left to the tagger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.clusters import Mention
from kg.extract.tokens import arrays_of

#: Names of platforms people post on (one word each: "X" is too common to read alone).
PLATFORM_NAMES = frozenset({
    "Facebook", "Twitter", "Instagram", "YouTube", "Telegram", "TikTok", "WhatsApp",
    "Weibo", "WeChat", "LinkedIn", "Snapchat", "Bluesky", "VKontakte", "Reddit", "Viber",
    "Signal", "Threads", "Truth",
})
#: Platforms whose one word is also a common word: only a posting noun after makes them one
#: ("a Signal message", "a Threads post"), not "on Signal" alone.
_AMBIGUOUS = frozenset({"Signal", "Threads", "Truth"})
#: Prepositions that put an utterance on a platform ("on Facebook", "via Telegram").
CHANNEL_PREPS = frozenset({"on", "via", "through"})
#: Nouns of a posting a platform's name may qualify ("a Facebook post").
POSTING_NOUNS = frozenset({"post", "posting", "message", "video", "channel", "account",
                           "page", "statement", "tweet", "story", "broadcast", "live",
                           "livestream", "stream", "feed", "group"})


def platform_mentions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A mention, typed Organization, for each platform's name that the tagger left out and
    that stands as a channel."""
    covered = {i for m in found for i in range(m.start, m.end)}
    texts = arrays_of(doc).text  # a Token only of a platform's name
    return [Mention(t.i, t.i + 1, t.text, "Organization")
            for t in [doc[i] for i, word in enumerate(texts) if word in PLATFORM_NAMES]
            if t.i not in covered and _as_channel(t)]


def _as_channel(token: Token) -> bool:
    """"on Facebook", "via Telegram", "a Facebook post", "its Telegram channel"."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lemma_.lower() in POSTING_NOUNS:
        return True
    prev = token.nbor(-1) if token.i > 0 else None
    return token.text not in _AMBIGUOUS and prev is not None and (
        prev.lower_ in CHANNEL_PREPS) and (nxt is None or nxt.pos_ != "PROPN")
