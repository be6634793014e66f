"""What people do, as news copy writes it before a name ("Foreman Dmitri Kowalczyk", "Cellist Tomasz
Wielgus") or refers back to someone with ("the coxswain said").

Words that are also common family or given names (Baker, Carpenter, Cook, Dean, Mason, Porter, Hunter,
Singer, Taylor, Judge...) are left out on purpose: "Karen Carpenter" must keep her name. A word missing
here only means a job word may stay in front of a name; a wrong one would cut a name.
"""

from __future__ import annotations

OCCUPATIONS = frozenset("""
foreman forewoman supervisor overseer labourer laborer electrician plumber mechanic technician welder builder
pipefitter boilermaker millwright machinist lineman linesman steelworker ironworker stevedore longshoreman
bricklayer roofer scaffolder engineer architect surveyor planner designer draughtsman
surgeon physician doctor nurse midwife paramedic pharmacist dentist optometrist physiotherapist therapist
psychologist psychiatrist neurologist cardiologist oncologist paediatrician pediatrician radiologist
anaesthetist anesthetist epidemiologist virologist immunologist microbiologist pathologist veterinarian vet
scientist researcher biologist chemist physicist astronomer astrophysicist geologist seismologist volcanologist
meteorologist climatologist oceanographer glaciologist ecologist botanist zoologist archaeologist
anthropologist historian economist statistician mathematician demographer sociologist criminologist
analyst strategist consultant adviser advisor lecturer professor academic teacher headteacher headmaster
headmistress librarian curator archivist conservator
journalist reporter correspondent editor columnist broadcaster presenter anchor commentator photographer
photojournalist filmmaker documentarian producer screenwriter playwright novelist poet author writer
lyricist composer conductor cellist violinist violist pianist guitarist bassist drummer percussionist
saxophonist trumpeter flautist harpist organist vocalist soprano tenor baritone singer-songwriter rapper
musician dancer choreographer ballerina actor actress comedian magician sculptor painter illustrator artist
chef restaurateur sommelier brewer winemaker hotelier shopkeeper trader vendor hawker
accountant auditor banker financier investor entrepreneur businessman businesswoman industrialist
cfo coo cto cio cmo ceo chairperson chairman chairwoman director manager boss founder co-founder cofounder
lawyer attorney barrister solicitor advocate counsel prosecutor magistrate coroner notary paralegal
officer constable detective inspector sergeant superintendent commissioner sheriff deputy trooper ranger
firefighter lifeguard coastguard paramedic soldier sailor airman pilot co-pilot copilot navigator
coxswain skipper captain helmsman deckhand fisherman fisherwoman farmer rancher herder herdsman shepherd
beekeeper forester gardener groundsman gamekeeper
athlete sprinter hurdler runner marathoner swimmer diver cyclist rower sculler canoeist kayaker sailor
boxer wrestler fighter golfer skier snowboarder skater gymnast jockey trainer batter batsman batswoman
bowler spinner opener all-rounder wicketkeeper goalkeeper goalie striker midfielder defender winger
forward fullback full-back halfback fly-half scrum-half flanker hooker outfielder pitcher catcher
infielder quarterback linebacker receiver umpire referee coach captain
priest vicar rector curate canon archdeacon deacon chaplain pastor minister imam mufti rabbi cantor monk
nun abbot ustad ustaz pandit swami lama
activist campaigner organiser organizer volunteer protester demonstrator unionist shop-steward steward
councillor councilor alderman mayor governor senator lawmaker legislator politician diplomat ambassador
envoy consul spokesperson spokesman spokeswoman
""".split())

