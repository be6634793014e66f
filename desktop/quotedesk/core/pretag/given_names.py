"""Given names that news copy uses for one gender, for "he" and "she" when the article says nothing.

An article usually says who is a man or a woman ("Mr", "her third match
point"); when it does not, "she said" may still pass over a man named just
before. These lists hold common given names from many languages whose
bearers are, in the news, nearly always of one gender. Names used for both
(Alex, Jean, Andrea, Kim, Nur, Sam, Harpreet...) are left out on purpose: a
name missing here changes nothing, a wrong one would mislead.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import resource_path

FEMALE = frozenset("""
abena abigail achieng adaeze adaora adhiambo adjoa adunni adwoa afia afua agnieszka aileen aisatu aisha akiko akinyi
akosua akua alice alison ama amaka amanda amara amelia amina amira ana anastasia angela anita anja anjali ann anna
anne annelie annika anouk anusha anyango aoife araba asha asma astrid atieno awino ayesha aylin ayse barbara beatriz
bethan bhavna bisola brenda bridget bukola busisiwe camila camille carla carmen carol caroline catherine cerys
charlotte chebet chiamaka chinwe chioma chipo chloe christine ciara claire clara claudia deborah deepa diana divya
dolores donna dorothy efua eleanor elena eleri elif elisa elizabeth ella ellen emily emma esi esther eva evelyn
fatima fatimah fatma fatuma fernanda fiona folake folasade francesca funmilayo gabriela galina geeta geneviève gita
giulia gloria grace greta gráinne guadalupe hadiza halima hannah hauwa heather heidi helen helena hind hine ifeoma
ilse ines ingrid inês irina isabel isabella isabelle ishita jacqueline jane janet jennifer jessica joan josefina joy
julia juliana julie kalpana karen katarzyna katharina katherine kathleen kavita kavitha keiko keisha khadija
khanyisile kiri lakshmi laura layla lea leila leilani lerato linda lindiwe lisa lorena losana louise lucia luciana
lucy lucía lyudmila léa magdalena malia margaret margarethe margarita maria mariam marie marike marisol marta martha
mary maryam meena meenakshi megan mele melissa mercedes mercy mere michelle millicent miriam monica nadia nafula
naledi nancy nandini naoko natalia natasha nathalie neha nekesa ngaire ngozi niamh nicole nina nirmala njeri nkechi
nneka nokuthula nompumelelo nomvula nonhlanhla nosipho noura ntombi nyambura nyarai oksana olga olivia olubunmi
omolara padma palesa pamela patricia pilar pooja priya rachel radhika rebecca refilwe rekha renee rhiannon rita
rocio rosa rosalind rowena rudo rumbidzai ruth sakura sandra sara sarah savitri shamiso sharon sheila shirley shreya
sibongile sigrid simone sinéad siobhán siân sofia sophie sreemoyee stephanie sunita susan susanne sushma svetlana
swati tamika tatiana teresa teresita thandeka thandiwe theresa tigist titilayo tsitsi ursula usha valentina vanessa
veronica victoria virginia vivian wairaka wairimu wambui wanjiku wanjiru wendy yaa yasmin yelena yetunde yoko
yolanda zainab zanele zeynep zinhle zodwa
""".split())

MALE = frozenset("""
aaron abdul abdullah abubakar adam adewale ahmad ahmed ajay alan alberto alejandro alessandro alexander alexei ali
aliyu amit anders andrei andrew andrey anil ankit anthony antonio arjun arun arvind ashok asif babatunde bello
bernardo bevan bilal bongani boris brian bruce burak carl carlos cathal charles chinedu christopher chukwuemeka
ciarán colin craig dafydd daniel darius darnell david denis dennis diego dinesh dmitry donald douglas duncan dylan
edward edwin emeka emmanuel emre enrique eoghan eric erik ernesto euan ezequiel faisal farhan farouk felipe fergal
fernando francesco francis frank françois fraser garba gareth gary george gerald giovanni giuseppe graham gregory
gwilym hamish hans harjit harold haruto hassan hemi henry hernán hiroshi hone hugh huw ian ibrahim ihsanullah ikenna
imran ivan jabulani jack jacob jacobus jacques james jan jason javier jeffrey jelle jeremy jeroen john jonathan
jorge joseph josephat joshua josé joão juan julio justin jürgen kamal kamau kareem kayode kazuo keith kenji kenneth
kenta kevan kevin khalid kipchoge kiprono kiptoo klaus kofi kojo krzysztof kwabena kwadwo kwaku kwame kwesi lachlan
lars liam lucien luis luke magnus mahesh mandla manoj mansour marco marcos marcus mark martin martín mateo matteo
matthew mehmet michael miguel mikaere mikhail mohammed mthunzi muhammad musa mustafa mwangi naresh nathan naveen
neil nicholas nicolas nikolai njoroge nnamdi obinna ochieng odhiambo oleg oleksandr olivier olusegun omar omondi
oscar otieno pablo patrick paul paulo pedro peter philip philippe pieter piotr pradeep prakash pádraig rahul
rajendra rajesh ralph ramesh ramón ranjit raul ravi rawiri raymond rhys richard robert rodolfo roger rohit ronald
ryan salifu samuel sandeep sandile sani sanjay satoshi scott sean sebastian segun sergei sergey seán sibusiso simon
sione siosaia sipho siyabonga sizwe stefan stephen steven stuart sukhwinder sunil suresh sven takashi takeshi tama
tane tariq tevita thabo themba thomas thulani timothy tipene tomasz tunde tyler tyrone usman vijay vikram viliami
vladimir volodymyr vusi walter william wiremu wolfgang yaw yuri yusuf zachary
""".split())


def gender_of(given_name: str) -> str | None:
    """"f", "m" or None for a given name."""
    word = given_name.lower().strip(".,'\u2019")
    if word in FEMALE:
        return "f"
    if word in MALE:
        return "m"
    return None


def likely_gender(given_name: str) -> str | None:
    """"f", "m" or None: the lists above, then the shipped table's 24,000 given names that many
    sources agree are borne by one gender (resources/names/README.md)."""
    found = gender_of(given_name) or _name_table().get(given_name.lower().strip(".,'\u2019"))
    return found if found in ("f", "m") else None


def is_given_name(word: str) -> bool:
    """Whether many people bear this given name, of either gender ("Devon", "Faith", "Scot"); "Police",
    "Shooter" and "Slovenian" are not."""
    return gender_of(word) is not None or word.lower().strip(".,'\u2019") in _name_table()


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    path = resource_path("names", "given-name-genders.tsv")
    if not path.is_file():
        return {}  # a trimmed install: the short lists still answer
    with path.open(encoding="utf-8") as lines:
        return dict(line.rstrip("\n").split("\t") for line in lines if "\t" in line)
