"""Given names that news copy uses for one gender, for "he" and "she" when the article says nothing.

An article usually says who is a man or a woman ("Mr", "her third match
point"); when it does not, "she said" may still pass over a man named just
before. These lists hold common given names from many languages whose
bearers are, in the news, nearly always of one gender. Names used for both
(Alex, Jean, Andrea, Kim, Nur, Sam, Harpreet...) are left out on purpose: a
name missing here changes nothing, a wrong one would mislead.
"""

from __future__ import annotations

FEMALE = frozenset("""
abena abigail adaeze adwoa afua agnieszka aileen aisha akinyi akiko akosua akua alice alison ama amanda amara amelia
amina amira ana anastasia angela anita anja anjali ann anna anne annelie annika anouk aoife asma astrid atieno ayesha
barbara beatriz bethan brenda bridget camila camille carla carmen carol caroline catherine cerys charlotte chebet
chiamaka chloe christine ciara claire clara claudia deborah diana dolores donna dorothy efua elena eleri elisa
elizabeth ella ellen eleanor emily emma esi esther eva evelyn fatima fatuma fernanda fiona folasade francesca
funmilayo gabriela geneviève giulia gloria grace gráinne greta hannah heather heidi helen helena hind ilse
ines inês ingrid irina isabel isabella isabelle jacqueline jane janet jennifer jessica joan josefina joy julia
juliana julie karen katarzyna katharina katherine kathleen kavita keiko keisha laura lea léa linda lisa lorena
louise lucia lucía luciana lucy magdalena margaret margarethe margarita maria mariam marie marike marisol marta
martha mary maryam meena meenakshi megan melissa mercy michelle millicent miriam monica nadia nancy naoko natalia
natasha nathalie neha ngozi niamh nicole nina nkechi noura olga olivia pamela patricia pilar pooja priya rachel
rebecca renee rhiannon rita rosa rosalind rowena ruth sakura sandra sara sarah sharon sheila shirley siân sigrid
simone sinéad siobhán sofia sophie stephanie sunita susan susanne svetlana tamika tatiana teresa teresita theresa
tigist ursula valentina vanessa veronica victoria virginia vivian wanjiku wanjiru wendy yaa yoko yolanda zainab
zanele zodwa
""".split())

MALE = frozenset("""
aaron abdul abdullah adam ahmad ahmed alan alberto alejandro alessandro alexander alexei ali amit anders andrei
andrew andrey anil ankit anthony antonio arjun arvind ashok asif bernardo bevan bilal boris brian bruce carl carlos
cathal charles christopher ciarán colin craig dafydd daniel darius darnell david dennis denis diego dmitry
donald douglas duncan dylan edward edwin emeka emmanuel enrique eoghan eric erik ernesto euan ezequiel faisal farhan
farouk felipe fergal fernando francesco francis françois frank fraser gareth gary george gerald giovanni giuseppe
graham gregory gwilym hamish hans harold hassan henry hernán hiroshi hugh huw ian ibrahim ihsanullah imran ivan
jack jacob jacobus jacques james jan jason javier jeffrey jelle jeremy jeroen joão john jonathan jorge josé joseph
josephat joshua juan julio jürgen justin kamal kareem keith kenji kenneth kenta kevan kevin khalid kiprono klaus
kofi kojo krzysztof kwabena kwaku kwame kwesi lachlan lars liam lucien luis luke magnus mansour marco marcos marcus
mark martin martín mateo matteo matthew michael miguel mikhail mohammed muhammad nathan naveen neil nicholas nicolas
obinna oleg olivier olusegun omar oscar pablo pádraig patrick paul paulo pedro peter philip philippe pieter piotr
rahul rajendra rajesh ralph ramesh ramón raul ravi raymond rhys richard robert rodolfo roger ronald ryan salifu
samuel sanjay satoshi scott sean seán sebastian sergei sergey simon stefan stephen steven stuart sunil suresh sven
takashi tariq thomas timothy tomasz tyler tyrone vijay vladimir walter william wolfgang yaw yuri yusuf zachary
""".split())


def gender_of(given_name: str) -> str | None:
    """"f", "m" or None for a given name."""
    word = given_name.lower().strip(".,'\u2019")
    if word in FEMALE:
        return "f"
    if word in MALE:
        return "m"
    return None
