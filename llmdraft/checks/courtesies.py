"""The courtesies of a request in languages other than English: the offer to write one back,
the question about their strengths, and the easy way out.

People write to each other in their own languages, wholly or in part ("Chętnie napiszę też
rekomendację dla Ciebie", "Main bhi tumhare liye ek likh dungi"). Each entry is a pattern over
the folded, lowercased text (accents taken off: "napisze", "karsiliginda"), in the language's
own words; `reciprocity` and `form` add them to their English patterns. One line per language
keeps a new language one line to add.
"""

from __future__ import annotations

# "I'll write one for you too", in other languages.
OFFERS = {
    "es": r"\bte escribo (?:una|otra|la tuya)\b|\b(?:con gusto|encantad[oa]) (?:te )?escribo\b|"
          r"\bescribirte una\b",
    "pt": r"\bte escrevo uma\b|\bescrev(?:er|o) uma (?:pra|para) (?:voce|ti)\b",
    "fr": r"\b(?:t'en|vous en) (?:ecrire|ecris|ecrirai) une\b",
    "de": r"\bschreibe (?:ich )?(?:dir|ihnen)(?: \w+){0,3} eine\b",
    "no": r"\bskriver (?:gjerne |gerne |garna )?(?:en|ei|ett?) (?:for|til) (?:deg|dig)\b",
    "it": r"\bne scrivo (?:volentieri )?una\b|\bte ne scrivo una\b|\bricambi(?:o|are|erei) "
          r"(?:volentieri|il favore)\b|\b(?:scrivo|scriverei|scrivero) volentieri\b[^.?!]{0,30}"
          r"\bper te\b",
    "pl": r"\bnapisze (?:tez |rowniez |chetnie )?(?:\w+ )?(?:dla (?:ciebie|pana|pani)|ci)\b|"
          r"\bodwdziecze sie\b",
    "tr": r"\bben de senin icin\b[^.?!]{0,40}\byazarim\b|\bkarsiliginda\b[^.?!]{0,60}\byazarim\b|"
          r"\bsana da (?:bir )?(?:tavsiye )?yazarim\b",
    "hi": r"\b(?:main|mai) bhi (?:tumhare|aapke|tere) liye\b[^.?!]{0,30}\blikh|"
          r"\b(?:tumhara|aapka|tera) (?:wala )?(?:bhi )?(?:turant )?likh (?:dunga|dungi|denge)\b",
    "sw": r"\bkukuandikia\b|\bnitakuandikia\b",
    "tl": r"\b(?:susulatan|isusulat|gagawan|sulatan) (?:din|rin) kita\b|\bsumulat din\b|"
          r"\bpara sa (?:iyo|inyo)\b",
    "nl": r"\bik schrijf (?:er )?(?:graag |ook |er )*(?:een|eentje)\b[^.?!]{0,30}"
          r"\b(?:voor (?:jou|u)|terug)\b",
    "ja": r"\bwatashi mo\b[^.?!]{0,40}\bkaki(?:masu|mashou)\b",
    "ar": r"\bnkteb lik\b|\bnktblek\b",  # Darija in Latin letters
    "vi": r"\bviet (?:lai )?cho (?:anh|chi|em|ban)\b",
    "el": r"\btha sou grapso\b",
    "cs": r"\b(?:ti|vam) (?:taky |take )?(?:\w+ )?napisu\b|\bnapisu (?:ti|vam)\b",
}

# "Which of your strengths should I mention?", in other languages.
ASKS = {
    "es": r"\b(?:quieres|queres|quiere|quieren) que (?:destaque|diga|mencione|escriba)\b",
    "pt": r"\bque eu (?:destaque|mencione|escreva|diga)\b",
    "fr": r"\bce que (?:tu veux|vous voulez) que (?:je|j')",
    "de": r"\bwas ich (?:hervorheben|erwahnen|schreiben|betonen) soll\b|\bwelche (?:starken|"
          r"staerken)\b|\bich (?:hervorheben|erwahnen|betonen) soll\b",
    "no": r"\bhva jeg skal (?:fa fram|fremheve|nevne|skrive)\b|\bvad jag ska (?:lyfta fram|skriva|"
          r"namna)\b",
    "it": r"\b(?:quali|che) (?:tuoi )?punti di forza\b|\bcosa vuoi che (?:metta|scriva|citi|"
          r"evidenzi)\b|\bvuoi che metta in (?:evidenza|risalto)\b",
    "pl": r"\bco (?:mam|powinienem|powinnam) (?:podkreslic|napisac|wspomniec|wyroznic)\b|"
          r"\bktore (?:twoje |swoje )?mocne strony\b",
    "tr": r"\bguclu yon\w*|\bone cikarmami istedigin\b|\bneyi (?:vurgulamami|yazmami) istersin\b",
    "hi": r"\bkis (?:cheez|baat) (?:pe|par) (?:focus|likh)\w*|\bkya (?:highlight|likhu|likhun|"
          r"mention) kar\w*",
    "sw": r"\bungependa nitaje\b|\bnitaje (?:nini|uwezo)\b",
    "tl": r"\bkung ano(?:ng)? gusto (?:mong|niyong|ninyong) (?:i-?highlight|isulat|banggitin)\b",
    "nl": r"\bwelke (?:van je |van jouw )?sterke punten\b|\bwat (?:ik )?(?:moet|zal) "
          r"(?:benadrukken|noemen|schrijven)\b",
    "ja": r"\b(?:dono|nani o) (?:tsuyomi|kyouchou)\b",
    "ar": r"\bchno bghiti\b",
    "el": r"\bti thes na (?:grapso|po)\b",
    "cs": r"\bco (?:tam )?chces\b",
}

# "No problem if not", in other languages.
OUTS = {
    "es": r"\bsi no puedes\b|\bno te preocupes\b|\btranquil[oa]\b|\bno pasa nada\b|"
          r"\bsin presion\b",
    "pt": r"\btudo bem\b|\bse nao der\b|\bsem problema\b|\bsem pressao\b",
    "fr": r"\bpas de souci\b|\baucun souci\b|\bpas de probleme\b",
    "de": r"\bkein (?:stress|problem)\b|\bkeine sorge\b",
    "it": r"\bnessun problema\b|\bse non (?:hai|puoi|riesci)\b|\bnon (?:ti )?preoccupar\w*|"
          r"\bsenza impegno\b|\bfigurati\b",
    "pl": r"\bnie ma problemu\b|\bzaden problem\b|\bjesli nie (?:masz|dasz|mozesz)\b|"
          r"\bbez presji\b",
    "tr": r"\b(?:hic )?sorun degil\b|\b(?:vaktin|zamanin) yoksa\b|\bsorun olmaz\b",
    "hi": r"\bkoi baat nahi\b|\bagar time nahi\b|\bkoi (?:tension|dikkat) nahi\b",
    "sw": r"\bhakuna (?:shida|tatizo)\b|\bkama huna (?:muda|nafasi)\b",
    "tl": r"\bokay lang (?:po )?(?:kung|kahit)\b|\bwalang (?:pressure|problema)\b|\bayos lang\b",
    "nl": r"\bgeen (?:probleem|zorgen)\b|\bals je geen tijd hebt\b",
    "sr": r"\bnema problema\b",
    "ja": r"\bmuri (?:shinaide|nara)\b|\bdaijou?bu desu\b",
    "ar": r"\bma(?:chi|shi|fi) mou?shkil\b|\bmachi mouchkil\b",
    "vi": r"\bkhong sao\b",
    "el": r"\bkanena provlima\b|\bden peirazei\b",
    "cs": r"\bnevadi\b|\bzadny problem\b",
    "ko": r"\bgwaenchan\w*",
}


def any_of(table: dict[str, str]) -> str:
    """One alternation of every language's pattern."""
    return "|".join(f"(?:{pattern})" for pattern in table.values())
