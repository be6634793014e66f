"""Blind gold set 88: short news articles from many outlets, written once.

Sixteen short articles in the house styles of Egyptian, Jordanian, Norwegian, Finnish, Lesotho, Eswatini
and Australian rural radio outlets. The set was written without looking at the pretagger, at its output
or at the other gold sets, so the figures on it say how the quote finder and speaker attributor carry
over to news they have never seen. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind88-egypt-bread", """Egypt quadruples price of subsidised bread as wheat bill soars

The Ministry of Supply and Internal Trade announced on Tuesday that the price of the subsidised baladi loaf will rise from five to 20 piastres from 1 June. It is the first increase in more than three decades.

Minister of Supply Hesham Abdel-Ghaffar said the real cost of producing a single loaf had reached about 125 piastres as a result of higher global wheat prices and the weaker pound.

"The state will still carry more than 80 percent of the cost of every loaf," Abdel-Ghaffar told a press conference in Cairo. "No citizen will be left without bread."

The minister said the number of loaves allocated to each ration card holder, five per person per day, would not change.

Around 71 million Egyptians are registered on the ration card system, according to the ministry.

Prime Minister Mostafa Kamel Abdel-Aziz described the decision as "difficult but unavoidable" in a statement issued by the cabinet, adding that the savings would be redirected to the "Takaful and Karama" cash transfer programme for the poorest families.

Nadine El-Sayed, a senior economist at the Cairo-based investment bank Beltone Capital, said the adjustment would ease pressure on the budget deficit, calling it "long overdue".

"The subsidy bill had become unsustainable," she said, "but the timing, with inflation still above 30 percent, is painful for households."

Not everyone was convinced. Talaat Abdel-Hamid, head of the bakery owners' division at the Cairo Chamber of Commerce, said many bakeries had not been paid their subsidy dues for three months.

"We are being asked to absorb costs we cannot carry. If the compensation price does not rise as well, bakeries will shut," Abdel-Hamid told Ahram Online.

Residents of the working-class district of Imbaba said they feared further increases.

"Today it is bread, tomorrow it is sugar and oil," said Umm Mahmoud, a mother of four queuing outside a bakery on Tuesday morning. "We have already cut meat from our table."

Parliament's Economic Affairs Committee is expected to discuss the decision next week.""", [
        Q("that the price of the subsidised baladi loaf will rise from five to 20 piastres from 1 June", "indirect",
          "The Ministry of Supply and Internal Trade", "Ministry of Supply and Internal Trade"),
        Q("the real cost of producing a single loaf had reached about 125 piastres as a result of higher global "
          "wheat prices and the weaker pound", "indirect", "Hesham Abdel-Ghaffar", "Hesham Abdel-Ghaffar"),
        Q('"The state will still carry more than 80 percent of the cost of every loaf,"', "direct",
          "Abdel-Ghaffar", "Hesham Abdel-Ghaffar", speaker_at="Abdel-Ghaffar told"),
        Q('"No citizen will be left without bread."', "direct", "Abdel-Ghaffar", "Hesham Abdel-Ghaffar",
          speaker_at="Abdel-Ghaffar told"),
        Q("the number of loaves allocated to each ration card holder, five per person per day, would not change",
          "indirect", "The minister", "Hesham Abdel-Ghaffar"),
        Q("Around 71 million Egyptians are registered on the ration card system", "indirect", "the ministry",
          "Ministry of Supply and Internal Trade", speaker_at="according to the ministry"),
        Q('"difficult but unavoidable"', "partial", "Mostafa Kamel Abdel-Aziz", "Mostafa Kamel Abdel-Aziz"),
        Q('that the savings would be redirected to the "Takaful and Karama" cash transfer programme for the '
          'poorest families', "indirect", "Mostafa Kamel Abdel-Aziz", "Mostafa Kamel Abdel-Aziz"),
        Q("the adjustment would ease pressure on the budget deficit", "indirect", "Nadine El-Sayed",
          "Nadine El-Sayed"),
        Q('"long overdue"', "partial", "Nadine El-Sayed", "Nadine El-Sayed"),
        Q('"The subsidy bill had become unsustainable,"', "direct", "she", "Nadine El-Sayed",
          speaker_at="she said,"),
        Q('"but the timing, with inflation still above 30 percent, is painful for households."', "direct", "she",
          "Nadine El-Sayed", speaker_at="she said,"),
        Q("many bakeries had not been paid their subsidy dues for three months", "indirect", "Talaat Abdel-Hamid",
          "Talaat Abdel-Hamid"),
        Q('"We are being asked to absorb costs we cannot carry. If the compensation price does not rise as well, '
          'bakeries will shut,"', "direct", "Abdel-Hamid", "Talaat Abdel-Hamid", speaker_at="Abdel-Hamid told"),
        Q("they feared further increases", "indirect", "Residents of the working-class district of Imbaba", None),
        Q('"Today it is bread, tomorrow it is sugar and oil,"', "direct", "Umm Mahmoud", "Umm Mahmoud"),
        Q('"We have already cut meat from our table."', "direct", "Umm Mahmoud", "Umm Mahmoud"),
    ], source="blind"),
    Case("blind88-egypt-refugee-schools", """Sudanese community schools in Cairo face closure as aid funding dries up

Dozens of community schools for Sudanese refugee children in Cairo and Giza could close before the end of the school year after donors cut funding, aid groups warned on Sunday.

More than 1.2 million Sudanese have crossed into Egypt since war broke out between the Sudanese army and the Rapid Support Forces in April 2023, according to the UN refugee agency UNHCR.

The agency said only 18 percent of its education appeal for Egypt had been funded this year. "We are looking at tens of thousands of children who could be out of a classroom by March," Hanan Hamdan, UNHCR's representative in Egypt, told Egypt Independent.

Community schools, run by refugees themselves in rented flats and church halls, have become the main option for families whose children cannot enrol in public schools without residency papers.

Mohamed Osman Babiker, who runs the Al-Nour Learning Centre in Ard al-Lewa, said his teachers had not been paid since November.

"Our teachers are refugees too. They have rent to pay," he said. "Some of them now wash dishes in cafés at night."

The centre teaches 340 pupils in two shifts and charges 300 pounds a month, but Babiker said most parents could no longer afford even that.

The Ministry of Education and Technical Education said in a statement that registration in public schools remained open to all refugee children holding valid UNHCR cards. The ministry added that it had absorbed more than 50,000 Sudanese pupils last year.

Amna Abdelrahman, a mother of three from Omdurman, said her eldest daughter had already lost a year of school in Sudan. "I did not run from the bombs so that my children could sit at home," she said.

Ibrahim Zaki, education coordinator at CARE Egypt, warned that closures would push children into work. Boys as young as ten were already "selling tissues at traffic lights", he said. He said some girls were also being kept at home.

The aid group is running a campaign called "No Lost Generation" to raise money from private donors in the Gulf.

Babiker, for his part, vowed to keep the doors open "as long as there is chalk."

Aid groups say they will present a joint appeal to donors in Cairo next month.""", [
        Q("Dozens of community schools for Sudanese refugee children in Cairo and Giza could close before the end "
          "of the school year after donors cut funding", "indirect", "aid groups", None),
        Q("More than 1.2 million Sudanese have crossed into Egypt since war broke out between the Sudanese army and "
          "the Rapid Support Forces in April 2023", "indirect", "the UN refugee agency UNHCR", "UNHCR"),
        Q("only 18 percent of its education appeal for Egypt had been funded this year", "indirect", "The agency",
          "UNHCR"),
        Q('"We are looking at tens of thousands of children who could be out of a classroom by March,"', "direct",
          "Hanan Hamdan", "Hanan Hamdan"),
        Q("his teachers had not been paid since November", "indirect", "Mohamed Osman Babiker",
          "Mohamed Osman Babiker"),
        Q('"Our teachers are refugees too. They have rent to pay,"', "direct", "he", "Mohamed Osman Babiker",
          speaker_at='pay," he said'),
        Q('"Some of them now wash dishes in cafés at night."', "direct", "he", "Mohamed Osman Babiker",
          speaker_at='pay," he said'),
        Q("most parents could no longer afford even that", "indirect", "Babiker", "Mohamed Osman Babiker",
          speaker_at="but Babiker said"),
        Q("that registration in public schools remained open to all refugee children holding valid UNHCR cards",
          "indirect", "The Ministry of Education and Technical Education",
          "Ministry of Education and Technical Education"),
        Q("that it had absorbed more than 50,000 Sudanese pupils last year", "indirect", "The ministry",
          "Ministry of Education and Technical Education"),
        Q("her eldest daughter had already lost a year of school in Sudan", "indirect", "Amna Abdelrahman",
          "Amna Abdelrahman"),
        Q('"I did not run from the bombs so that my children could sit at home,"', "direct", "she",
          "Amna Abdelrahman", speaker_at='home," she said'),
        Q("that closures would push children into work", "indirect", "Ibrahim Zaki", "Ibrahim Zaki"),
        Q('"selling tissues at traffic lights"', "partial", "he", "Ibrahim Zaki", speaker_at='lights", he said'),
        Q("some girls were also being kept at home", "indirect", "He", "Ibrahim Zaki", speaker_at="He said some"),
        Q('"as long as there is chalk."', "partial", "Babiker", "Mohamed Osman Babiker",
          speaker_at="Babiker, for his part"),
        Q("they will present a joint appeal to donors in Cairo next month", "indirect", "Aid groups", None),
    ], source="blind"),
    Case("blind88-jordan-refugee-schools", """Donor shortfall threatens double-shift schools for Syrian refugees

AMMAN — More than 200 double-shift public schools serving Syrian refugee students could cut their hours next semester unless donors close a funding gap of about JD45 million, the Ministry of Education said on Monday.

Ministry Secretary General Nawaf Ajarmeh told The Jordan Times that pledges to the education sector had fallen by nearly a third compared with last year.

"We have kept our promise that every child in Jordan, Jordanian or refugee, has a seat in a classroom," Ajarmeh said. "But we cannot keep it alone."

Some 140,000 Syrian children are enrolled in public schools across the Kingdom, most of them in Amman, Irbid, Mafraq and Zarqa, according to the ministry.

Under the system, Jordanian pupils attend classes in the morning and Syrian pupils use the same buildings in the afternoon. Second-shift teachers are paid through the donor-funded "Accelerating Access to Quality Formal Education" programme. Ajarmeh said the programme now covered only four months of salaries.

Marta Ferraro, UNICEF's representative in Jordan, said the agency was "deeply concerned" about the shortfall.

"Every month a child spends out of school makes it less likely that they will ever return," Ferraro said, adding that girls and children with disabilities were most at risk.

In a statement, Ferraro said: "Jordan has shown enormous generosity for more than a decade.

"The international community must now match it with predictable, multi-year funding."

Khaled Abu Hassan, who chairs the Lower House Education Committee, said donors should not expect Jordan "to carry the burden of the world's failure."

Hiba Shdeifat, who teaches Arabic on the afternoon shift at a girls' school in Mafraq, said she and her colleagues had heard their contracts might not be renewed. "We start at noon and in winter we finish in the dark," she said. "The children are tired, we are tired, and now we are afraid."

Syrian parents in the city said they would struggle to keep their children in school if hours were cut.

Ajarmeh said the ministry would present its needs to donors at a meeting in Amman later this month.""", [
        Q("More than 200 double-shift public schools serving Syrian refugee students could cut their hours next "
          "semester unless donors close a funding gap of about JD45 million", "indirect", "the Ministry of Education",
          "Ministry of Education"),
        Q("that pledges to the education sector had fallen by nearly a third compared with last year", "indirect",
          "Nawaf Ajarmeh", "Nawaf Ajarmeh"),
        Q('"We have kept our promise that every child in Jordan, Jordanian or refugee, has a seat in a classroom,"',
          "direct", "Ajarmeh", "Nawaf Ajarmeh", speaker_at='classroom," Ajarmeh said'),
        Q('"But we cannot keep it alone."', "direct", "Ajarmeh", "Nawaf Ajarmeh",
          speaker_at='classroom," Ajarmeh said'),
        Q("Some 140,000 Syrian children are enrolled in public schools across the Kingdom, most of them in Amman, "
          "Irbid, Mafraq and Zarqa", "indirect", "the ministry", "Ministry of Education",
          speaker_at="according to the ministry"),
        Q("the programme now covered only four months of salaries", "indirect", "Ajarmeh", "Nawaf Ajarmeh",
          speaker_at="Ajarmeh said the programme"),
        Q('"deeply concerned"', "partial", "Marta Ferraro", "Marta Ferraro"),
        Q('"Every month a child spends out of school makes it less likely that they will ever return,"', "direct",
          "Ferraro", "Marta Ferraro", speaker_at='return," Ferraro said'),
        Q("that girls and children with disabilities were most at risk", "indirect", "Ferraro", "Marta Ferraro",
          speaker_at='return," Ferraro said'),
        Q('"Jordan has shown enormous generosity for more than a decade.', "direct", "Ferraro", "Marta Ferraro",
          speaker_at="In a statement, Ferraro said"),
        Q('"The international community must now match it with predictable, multi-year funding."', "direct",
          "Ferraro", "Marta Ferraro", speaker_at="In a statement, Ferraro said"),
        Q('"to carry the burden of the world\'s failure."', "partial", "Khaled Abu Hassan", "Khaled Abu Hassan"),
        Q("she and her colleagues had heard their contracts might not be renewed", "indirect", "Hiba Shdeifat",
          "Hiba Shdeifat"),
        Q('"We start at noon and in winter we finish in the dark,"', "direct", "she", "Hiba Shdeifat",
          speaker_at='dark," she said'),
        Q('"The children are tired, we are tired, and now we are afraid."', "direct", "she", "Hiba Shdeifat",
          speaker_at='dark," she said'),
        Q("they would struggle to keep their children in school if hours were cut", "indirect",
          "Syrian parents in the city", None),
        Q("the ministry would present its needs to donors at a meeting in Amman later this month", "indirect",
          "Ajarmeh", "Nawaf Ajarmeh", speaker_at="Ajarmeh said the ministry"),
    ], source="blind"),
    Case("blind88-jordan-water-tankers", """Residents in Zarqa decry tanker shortage as summer water cuts bite

ZARQA — Residents of several neighbourhoods in Rusaifa say they have gone without piped water for more than two weeks. Meanwhile, the price of a private water tanker has nearly doubled amid a shortage of trucks.

Umm Ahmad, a mother of five, said she paid JD40 last week for a five-cubic-metre tank that used to cost JD22. "We wait for the pipes on our day and nothing comes," she told The Jordan Times. "Then we wait for a tanker and nobody answers the phone."

The Ministry of Water and Irrigation said in a statement on Tuesday that pumping to the governorate had been reduced after a breakdown at the Hashemiyah wells, and that repairs would be completed "within days".

Ministry spokesperson Omar Salameh said that the ministry had contracted 60 additional tankers to serve the worst-hit areas free of charge. "Nobody will be left without drinking water," Salameh said.

But the tankers are hard to find. Fawwaz Zyoud, head of the Water Tanker Owners' Association, said that many drivers had left the sector after fuel prices rose, and that the remaining trucks could not meet demand during a heatwave.

"A driver fills up at a licensed well, waits in line for three hours, then drives to Rusaifa in traffic," Zyoud explained. "He makes two trips a day, not five."

Water Minister Raed Haddadin, in remarks carried by the Jordan News Agency, Petra, described Jordan as "one of the most water-scarce countries on earth" and said the Aqaba-Amman desalination project would end the shortages "once and for all".

Petra also reported that the Water Authority of Jordan had received more than 3,000 complaints from Zarqa since the start of the month.

Zarqa MP Ibrahim Al Sawalha said residents had been "patient beyond patience", calling on the government to compensate families who had bought water privately.

In Jabal Tareq, the story was the same. "We have a water meter but no water," one man said, pointing at a dry tank on his roof. "We are paying bills for air."

Residents can report tanker overcharging through the ministry's "Ya Hala" hotline.""", [
        Q("they have gone without piped water for more than two weeks", "indirect",
          "Residents of several neighbourhoods in Rusaifa", None),
        Q("she paid JD40 last week for a five-cubic-metre tank that used to cost JD22", "indirect", "Umm Ahmad",
          "Umm Ahmad"),
        Q('"We wait for the pipes on our day and nothing comes,"', "direct", "she", "Umm Ahmad",
          speaker_at='comes," she told'),
        Q('"Then we wait for a tanker and nobody answers the phone."', "direct", "she", "Umm Ahmad",
          speaker_at='comes," she told'),
        Q("that pumping to the governorate had been reduced after a breakdown at the Hashemiyah wells", "indirect",
          "The Ministry of Water and Irrigation", "Ministry of Water and Irrigation"),
        Q('"within days"', "partial", "The Ministry of Water and Irrigation", "Ministry of Water and Irrigation"),
        Q("that the ministry had contracted 60 additional tankers to serve the worst-hit areas free of charge",
          "indirect", "Omar Salameh", "Omar Salameh"),
        Q('"Nobody will be left without drinking water,"', "direct", "Salameh", "Omar Salameh",
          speaker_at='water," Salameh said'),
        Q("that many drivers had left the sector after fuel prices rose, and that the remaining trucks could not "
          "meet demand during a heatwave", "indirect", "Fawwaz Zyoud", "Fawwaz Zyoud"),
        Q('"A driver fills up at a licensed well, waits in line for three hours, then drives to Rusaifa in '
          'traffic,"', "direct", "Zyoud", "Fawwaz Zyoud", speaker_at="Zyoud explained"),
        Q('"He makes two trips a day, not five."', "direct", "Zyoud", "Fawwaz Zyoud", speaker_at="Zyoud explained"),
        Q('"one of the most water-scarce countries on earth"', "partial", "Raed Haddadin", "Raed Haddadin"),
        Q('"once and for all"', "partial", "Raed Haddadin", "Raed Haddadin"),
        Q("that the Water Authority of Jordan had received more than 3,000 complaints from Zarqa since the start "
          "of the month", "indirect", "Petra", "Jordan News Agency", speaker_at="Petra also reported"),
        Q('"patient beyond patience"', "partial", "Ibrahim Al Sawalha", "Ibrahim Al Sawalha"),
        Q('"We have a water meter but no water,"', "direct", "one man", None),
        Q('"We are paying bills for air."', "direct", "one man", None),
    ], source="blind"),
    Case("blind88-norway-mine-protest", """Protesters chain themselves to excavator at Repparfjord copper mine

Around 40 activists blocked the access road to the planned copper mine at Repparfjord in Hammerfest municipality on Tuesday morning. Organisers say it is the largest action against the project so far.

Several of them chained themselves to an excavator, and by the afternoon eight people had been carried away from the site, according to Finnmark Police District.

"We will keep coming back until the machines leave," says Risten Anne Sara, leader of the Finnmark branch of the youth environmental group Natur og Ungdom. "This fjord is not a dumping ground."

The company behind the project, Repparfjord Kobber AS, plans to deposit around two million tonnes of mine tailings a year on the seabed of the fjord, which is a spawning ground for coastal cod.

Chief Inspector Tor-Arne Pedersen, who led the police operation, tells the Barents Observer that the protest has been peaceful. "Our job is to keep the road open and keep everyone safe, including the protesters," he says.

Local reindeer herders say the mine will cut off an important migration route to their summer pastures. "Where do they think the reindeer will go? They cannot read the signs," says Nils Mathis Eira, whose family has herded in the area for generations.

The Sámi Parliament has long opposed the project. Its vice-president, Máret Utsi, calls the mine "a textbook example of green colonialism" and says the state has ignored its duty to consult Sámi communities.

Repparfjord Kobber chief executive Harald Moe rejects the criticism. In an email to the Barents Observer, Moe writes that the company has followed every requirement set by the authorities, and that the copper is needed for Europe's transition to renewable energy.

"The mine will create around 150 local jobs," he writes. "Hammerfest needs them."

The Ministry of Trade, Industry and Fisheries says in a statement that the permits remain valid and that it "respects the right to peaceful protest".

The conflict is the subject of the documentary "Fjord of Copper", which premiered at the Tromsø International Film Festival in January.""", [
        Q("it is the largest action against the project so far", "indirect", "Organisers", None),
        Q("by the afternoon eight people had been carried away from the site", "indirect",
          "Finnmark Police District", "Finnmark Police District"),
        Q('"We will keep coming back until the machines leave,"', "direct", "Risten Anne Sara", "Risten Anne Sara"),
        Q('"This fjord is not a dumping ground."', "direct", "Risten Anne Sara", "Risten Anne Sara"),
        Q("that the protest has been peaceful", "indirect", "Tor-Arne Pedersen", "Tor-Arne Pedersen"),
        Q('"Our job is to keep the road open and keep everyone safe, including the protesters,"', "direct", "he",
          "Tor-Arne Pedersen", speaker_at="he says"),
        Q("the mine will cut off an important migration route to their summer pastures", "indirect",
          "Local reindeer herders", None),
        Q('"Where do they think the reindeer will go? They cannot read the signs,"', "direct", "Nils Mathis Eira",
          "Nils Mathis Eira"),
        Q('"a textbook example of green colonialism"', "partial", "Máret Utsi", "Máret Utsi"),
        Q("the state has ignored its duty to consult Sámi communities", "indirect", "Máret Utsi", "Máret Utsi"),
        Q("that the company has followed every requirement set by the authorities, and that the copper is needed "
          "for Europe's transition to renewable energy", "indirect", "Moe", "Harald Moe", speaker_at="Moe writes"),
        Q('"The mine will create around 150 local jobs,"', "direct", "he", "Harald Moe", speaker_at="he writes"),
        Q('"Hammerfest needs them."', "direct", "he", "Harald Moe", speaker_at="he writes"),
        Q("that the permits remain valid", "indirect", "The Ministry of Trade, Industry and Fisheries",
          "Ministry of Trade, Industry and Fisheries"),
        Q('"respects the right to peaceful protest"', "partial", "The Ministry of Trade, Industry and Fisheries",
          "Ministry of Trade, Industry and Fisheries"),
    ], source="blind"),
    Case("blind88-norway-reindeer-court", """Reindeer herders take wind farm fight to Court of Appeal

TROMSØ: Six Sámi reindeer herding families opened their appeal in Hålogaland Court of Appeal on Monday against a wind farm built on their winter pastures on the Kvaløya peninsula.

The families lost their case last year, when Nord-Troms and Senja District Court ruled that the 24-turbine Rieppi-Gáisi wind farm did not violate their rights under international law.

Their lawyer, Marit Kemi Gaup, told the court that the lower court had “misunderstood the very nature of reindeer husbandry”.

“Reindeer do not simply move to the next valley when turbines go up. The pasture is lost, and so is the knowledge that goes with it,” Gaup said in her opening statement.

She said the herders were asking the court to order the turbines removed.

She pointed to the Supreme Court’s 2021 Fosen ruling, in which the country’s highest court found that two wind farms in Trøndelag violated the herders’ right to enjoy their culture.

The operator, Kvaløy Vind AS, argues that the Fosen case is not comparable. Its lawyer, Erik Sand Haugland, said the company had cut the number of turbines by a third and funded alternative grazing areas.

“My client has done everything that can reasonably be expected,” Haugland said, “and the herders have been offered generous compensation.”

Herder Per Mikkel Somby, 58, who gave evidence in the afternoon, said the herd had shrunk from around 1,900 animals to fewer than 1,200 since construction began.

“We have been here for three hundred years. The turbines have been here for four,” he told the court.

The Norwegian Sámi Reindeer Herders’ Association (NRL) is following the case closely. Its leader, Áile Márjá Turi, said the outcome would have “consequences far beyond Kvaløya.”

The association said in a statement that at least 30 other wind power and power line projects are planned in reindeer grazing areas in Norway.

The Ministry of Energy said it would not comment on an ongoing court case.

The hearing is scheduled to last three weeks. NRK Sápmi is following it in its podcast “Duopmár”.""", [
        Q("that the 24-turbine Rieppi-Gáisi wind farm did not violate their rights under international law",
          "indirect", "Nord-Troms and Senja District Court", "Nord-Troms and Senja District Court"),
        Q("“misunderstood the very nature of reindeer husbandry”", "partial", "Marit Kemi Gaup", "Marit Kemi Gaup"),
        Q("“Reindeer do not simply move to the next valley when turbines go up. The pasture is lost, and so is the "
          "knowledge that goes with it,”", "direct", "Gaup", "Marit Kemi Gaup", speaker_at="Gaup said in her"),
        Q("the herders were asking the court to order the turbines removed", "indirect", "She", "Marit Kemi Gaup",
          speaker_at="She said the herders"),
        Q("that two wind farms in Trøndelag violated the herders’ right to enjoy their culture", "indirect",
          "the country’s highest court", "Supreme Court"),
        Q("that the Fosen case is not comparable", "indirect", "Kvaløy Vind AS", "Kvaløy Vind AS"),
        Q("the company had cut the number of turbines by a third and funded alternative grazing areas", "indirect",
          "Erik Sand Haugland", "Erik Sand Haugland"),
        Q("“My client has done everything that can reasonably be expected,”", "direct", "Haugland",
          "Erik Sand Haugland", speaker_at="Haugland said,"),
        Q("“and the herders have been offered generous compensation.”", "direct", "Haugland", "Erik Sand Haugland",
          speaker_at="Haugland said,"),
        Q("the herd had shrunk from around 1,900 animals to fewer than 1,200 since construction began", "indirect",
          "Per Mikkel Somby", "Per Mikkel Somby"),
        Q("“We have been here for three hundred years. The turbines have been here for four,”", "direct", "he",
          "Per Mikkel Somby", speaker_at="he told the court"),
        Q("“consequences far beyond Kvaløya.”", "partial", "Áile Márjá Turi", "Áile Márjá Turi"),
        Q("that at least 30 other wind power and power line projects are planned in reindeer grazing areas in Norway",
          "indirect", "The association", "Norwegian Sámi Reindeer Herders’ Association"),
        Q("it would not comment on an ongoing court case", "indirect", "The Ministry of Energy", "Ministry of Energy"),
    ], source="blind"),
    Case("blind88-finland-reindeer-court", """Inari herders win logging case at Supreme Administrative Court

Finland’s Supreme Administrative Court has ruled that state forestry company Metsähallitus must consult Sámi reindeer herders before logging old-growth forest in the Nellim area of Inari, overturning an earlier decision by the Northern Finland Administrative Court.

The case was brought by three Sámi herding families from the Ivalo reindeer herding cooperative. They argued that logging had destroyed the lichen-rich forests their reindeer depend on in winter.

“This is a huge relief. We have been fighting this for eleven years,” herder Anne-Maria Magga told Yle Sápmi on Thursday.

Magga said her family’s herd had to be fed with hay for three winters in a row because the animals could no longer find enough lichen.

“The lichen takes a hundred years to grow back,” she said. “Our grandchildren will not see it.”

In its decision, the court said that Metsähallitus had failed to assess how the logging would affect the families’ ability to practise their culture, as required by the Constitution and the UN International Covenant on Civil and Political Rights.

Metsähallitus said it would study the ruling carefully. Forestry director Jussi Kumpula told Yle that the company had “already adjusted” its plans for the area, drawn up under the name “Inari North 2020”, and that no logging was planned there this year.

Kirsi Lehtola, a professor of environmental law at the University of Lapland, said the ruling could set a precedent for dozens of pending disputes over land use in the Sámi homeland.

“The court is saying very clearly that consultation is not a formality. It has to be able to change the outcome,” Lehtola said.

Sámi Parliament President Juho-Ánte Aikio welcomed the decision. “Today the court has listened,” Aikio said. “For once, the forest has been heard.

“Now we expect Metsähallitus and the government to listen too.”

Yle Sápmi reported in 2022 that Metsähallitus had logged around 600 hectares in the area since 2015.""", [
        Q("that state forestry company Metsähallitus must consult Sámi reindeer herders before logging old-growth "
          "forest in the Nellim area of Inari", "indirect", "Finland’s Supreme Administrative Court",
          "Supreme Administrative Court"),
        Q("that logging had destroyed the lichen-rich forests their reindeer depend on in winter", "indirect",
          "They", None, speaker_at="They argued"),
        Q("“This is a huge relief. We have been fighting this for eleven years,”", "direct", "Anne-Maria Magga",
          "Anne-Maria Magga"),
        Q("her family’s herd had to be fed with hay for three winters in a row because the animals could no longer "
          "find enough lichen", "indirect", "Magga", "Anne-Maria Magga", speaker_at="Magga said"),
        Q("“The lichen takes a hundred years to grow back,”", "direct", "she", "Anne-Maria Magga",
          speaker_at="she said"),
        Q("“Our grandchildren will not see it.”", "direct", "she", "Anne-Maria Magga", speaker_at="she said"),
        Q("that Metsähallitus had failed to assess how the logging would affect the families’ ability to practise "
          "their culture, as required by the Constitution and the UN International Covenant on Civil and Political "
          "Rights", "indirect", "the court", "Supreme Administrative Court", speaker_at="In its decision, the court"),
        Q("it would study the ruling carefully", "indirect", "Metsähallitus", "Metsähallitus",
          speaker_at="Metsähallitus said it"),
        Q("“already adjusted”", "partial", "Jussi Kumpula", "Jussi Kumpula"),
        Q("that no logging was planned there this year", "indirect", "Jussi Kumpula", "Jussi Kumpula"),
        Q("the ruling could set a precedent for dozens of pending disputes over land use in the Sámi homeland",
          "indirect", "Kirsi Lehtola", "Kirsi Lehtola"),
        Q("“The court is saying very clearly that consultation is not a formality. It has to be able to change the "
          "outcome,”", "direct", "Lehtola", "Kirsi Lehtola", speaker_at="Lehtola said"),
        Q("“Today the court has listened,”", "direct", "Aikio", "Juho-Ánte Aikio", speaker_at="Aikio said"),
        Q("“For once, the forest has been heard.", "direct", "Aikio", "Juho-Ánte Aikio", speaker_at="Aikio said"),
        Q("“Now we expect Metsähallitus and the government to listen too.”", "direct", "Aikio", "Juho-Ánte Aikio",
          speaker_at="Aikio said"),
        Q("that Metsähallitus had logged around 600 hectares in the area since 2015", "indirect", "Yle Sápmi",
          "Yle Sápmi", speaker_at="Yle Sápmi reported"),
    ], source="blind"),
    Case("blind88-finland-mine-protest", """Hundreds march against cobalt mine plan near Ylläs

Several hundred people marched through the village of Äkäslompolo in Kolari on Saturday to protest against plans to open a cobalt mine on the edge of Pallas-Yllästunturi National Park.

"This fell is the reason people come here. Nobody travels to Lapland to look at a hole in the ground," said Liisa Kangas, chair of the Save Ylläs association, which organised the march.

According to the police, about 600 people took part and the event passed peacefully.

The company, Arctic Cobalt Oy, has applied to the Finnish Safety and Chemicals Agency Tukes for a mining permit covering around 1,400 hectares of its "Ylläs North" deposit. Its managing director, Mark Pennington, told STT that the company was "listening carefully" to local concerns.

"Europe needs cobalt for electric car batteries, and it is far better to produce it here under Finnish environmental rules than in places where nobody checks," Pennington said.

He added that the mine would employ around 250 people.

Regional newspaper Lapin Kansa reported on Friday that a survey commissioned by the municipality had found that 71 percent of Kolari residents oppose the mine.

Kolari mayor Jari Rantala said the municipality had not yet taken a position. "We need jobs all year round, not only in the ski season," he said. "But we have to be sure the mine does not destroy what we already have."

In its statement to Tukes, the Kolari reindeer herding cooperative said that the planned mine area overlaps with key calving grounds.

Hotel owner Pekka Ylitalo, whose family has run a guesthouse in Äkäslompolo since 1958, said foreign tour operators had already begun asking about the mine. "One German operator asked me whether they should stop selling Ylläs," he said.

Outi Niemelä, Lapland regional director of the Finnish Association for Nature Conservation, said the park's protection would be weakened. "Once a mine opens next to a national park, the park is a national park only on paper," Niemelä said.

Minister of Economic Affairs Ville Harjunpää said in Parliament last week that decisions on mining permits belong to independent authorities, not to politicians.""", [
        Q('"This fell is the reason people come here. Nobody travels to Lapland to look at a hole in the ground,"',
          "direct", "Liisa Kangas", "Liisa Kangas"),
        Q("about 600 people took part and the event passed peacefully", "indirect", "the police", None),
        Q('"listening carefully"', "partial", "Mark Pennington", "Mark Pennington"),
        Q('"Europe needs cobalt for electric car batteries, and it is far better to produce it here under Finnish '
          'environmental rules than in places where nobody checks,"', "direct", "Pennington", "Mark Pennington",
          speaker_at='checks," Pennington said'),
        Q("that the mine would employ around 250 people", "indirect", "He", "Mark Pennington",
          speaker_at="He added"),
        Q("that a survey commissioned by the municipality had found that 71 percent of Kolari residents oppose the "
          "mine", "indirect", "Lapin Kansa", "Lapin Kansa"),
        Q("the municipality had not yet taken a position", "indirect", "Jari Rantala", "Jari Rantala"),
        Q('"We need jobs all year round, not only in the ski season,"', "direct", "he", "Jari Rantala",
          speaker_at='season," he said'),
        Q('"But we have to be sure the mine does not destroy what we already have."', "direct", "he",
          "Jari Rantala", speaker_at='season," he said'),
        Q("that the planned mine area overlaps with key calving grounds", "indirect",
          "the Kolari reindeer herding cooperative", "Kolari reindeer herding cooperative"),
        Q("foreign tour operators had already begun asking about the mine", "indirect", "Pekka Ylitalo",
          "Pekka Ylitalo"),
        Q('"One German operator asked me whether they should stop selling Ylläs,"', "direct", "he", "Pekka Ylitalo",
          speaker_at='Ylläs," he said'),
        Q("the park's protection would be weakened", "indirect", "Outi Niemelä", "Outi Niemelä"),
        Q('"Once a mine opens next to a national park, the park is a national park only on paper,"', "direct",
          "Niemelä", "Outi Niemelä", speaker_at='paper," Niemelä said'),
        Q("that decisions on mining permits belong to independent authorities, not to politicians", "indirect",
          "Ville Harjunpää", "Ville Harjunpää"),
    ], source="blind"),
    Case("blind88-lesotho-garment-strike", """Thousands of garment workers down tools over wages

MASERU – Thousands of textile and garment workers in Maseru and Maputsoe downed tools on Monday, demanding a minimum wage of M3,500 a month, up from the current M2,581.

The strike, called by the Lesotho Factory Workers Union (LFWU) and two smaller unions, brought production to a halt at most of the 40 factories in the Thetsane and Ha Nyenye industrial areas.

LFWU secretary general Sam Mokhele said workers had been patient for two years while the cost of living soared.

“Our members cannot feed their children on M2,581,” Mr Mokhele said. “A bag of maize meal alone now costs more than two days’ wages.

“We are not asking for luxuries. We are asking for enough to survive until the end of the month.”

Workers gathered outside the factory gates in Thetsane, singing and waving placards. Some workers said they would not return until the demand was met.

’Mathabo Lebona, a machinist at a Taiwanese-owned factory in Thetsane, said she had worked at the same plant for nine years. “I still earn the same as a girl who started last week,” she said.

The Lesotho Textile Exporters Association (LTEA) said in a statement that factories were already struggling after losing orders from American buyers following US tariff increases. It warned that a steep wage hike “could see some factories close their doors for good”.

LTEA chairperson Shen Wei-ming told the Lesotho Times that the association was willing to return to the negotiating table. “We value our workers, but we cannot pay wages with orders we do not have,” he said.

Labour and Employment Minister Tšeliso Ramakoae appealed for calm. Speaking on Radio Lesotho, Mr Ramakoae said the government would convene the Wages Advisory Board within a week. He also urged workers “not to destroy the very jobs they are fighting for”.

Lesotho Mounted Police Service spokesperson Senior Superintendent Lira Motsamai said the strike had been largely peaceful, but that two people were arrested in Maputsoe for blocking the road.

“We will sit here until they hear us,” one worker, a young woman with a baby on her back, told this paper outside the Thetsane gates.""", [
        Q("workers had been patient for two years while the cost of living soared", "indirect", "Sam Mokhele",
          "Sam Mokhele"),
        Q("“Our members cannot feed their children on M2,581,”", "direct", "Mokhele", "Sam Mokhele",
          speaker_at="Mr Mokhele said"),
        Q("“A bag of maize meal alone now costs more than two days’ wages.", "direct", "Mokhele", "Sam Mokhele",
          speaker_at="Mr Mokhele said"),
        Q("“We are not asking for luxuries. We are asking for enough to survive until the end of the month.”",
          "direct", "Mokhele", "Sam Mokhele", speaker_at="Mr Mokhele said"),
        Q("they would not return until the demand was met", "indirect", "Some workers", None),
        Q("she had worked at the same plant for nine years", "indirect", "’Mathabo Lebona", "’Mathabo Lebona"),
        Q("“I still earn the same as a girl who started last week,”", "direct", "she", "’Mathabo Lebona",
          speaker_at="week,” she said"),
        Q("that factories were already struggling after losing orders from American buyers following US tariff "
          "increases", "indirect", "The Lesotho Textile Exporters Association",
          "Lesotho Textile Exporters Association"),
        Q("“could see some factories close their doors for good”", "partial", "It",
          "Lesotho Textile Exporters Association", speaker_at="It warned"),
        Q("that the association was willing to return to the negotiating table", "indirect", "Shen Wei-ming",
          "Shen Wei-ming"),
        Q("“We value our workers, but we cannot pay wages with orders we do not have,”", "direct", "he",
          "Shen Wei-ming", speaker_at="have,” he said"),
        Q("the government would convene the Wages Advisory Board within a week", "indirect", "Ramakoae",
          "Tšeliso Ramakoae", speaker_at="Mr Ramakoae said"),
        Q("“not to destroy the very jobs they are fighting for”", "partial", "He", "Tšeliso Ramakoae",
          speaker_at="He also urged"),
        Q("the strike had been largely peaceful, but that two people were arrested in Maputsoe for blocking the road",
          "indirect", "Lira Motsamai", "Lira Motsamai"),
        Q("“We will sit here until they hear us,”", "direct", "one worker", None),
    ], source="blind"),
    Case("blind88-lesotho-water-tankers", """WASCO admits only three tankers working as taps run dry

MASERU – The Water and Sewerage Company (WASCO) has admitted that only three of its 11 water tankers are roadworthy, as thousands of households in Maseru's eastern suburbs go into a third week without running water.

WASCO spokesperson Tlali Mokoena told The Post that the rest of the fleet was waiting for spare parts ordered from South Africa.

"The tankers are old and some of them have been parked since last winter," Mokoena said. "We have asked the Ministry of Natural Resources for money to hire private trucks, but we are still waiting."

Residents of Ha Abia and Khubetsoana said they had been buying water from private tankers at up to M450 for 5,000 litres.

"I wake up at 3am to queue at the spring with my buckets," said 'Mamosa Tau, a fruit vendor in Ha Abia. "By the time I come back, I am too tired to go to work."

Ha Abia ward councillor Thabo Ramokhele said the WASCO tankers came "once in a blue moon". He said people in his ward had resorted to drinking from unprotected wells, and warned of a possible outbreak of diarrhoeal diseases.

The Principal Secretary in the Ministry of Natural Resources, Dr Ntšebo Makhetha, said that the ministry had approved M4 million for emergency water supply and that private tankers would be hired from next week.

"We understand the frustration of the public. Help is coming," Dr Makhetha said.

The shortage comes as the second phase of the "Lowlands Water Supply Scheme" remains behind schedule. The Lesotho Meteorological Services said rainfall in the lowlands was 40 percent below normal in November.

Queen 'Mamohato Memorial Hospital said in a statement that it had enough water in its reserve tanks "for the time being".

A private tanker operator, who asked not to be named, said demand had tripled since the start of the month. "Business is good, but I take no pleasure in it. These are my neighbours," he said.

WASCO says the three working tankers are prioritising clinics and schools.""", [
        Q("that only three of its 11 water tankers are roadworthy", "indirect", "The Water and Sewerage Company",
          "Water and Sewerage Company"),
        Q("that the rest of the fleet was waiting for spare parts ordered from South Africa", "indirect",
          "Tlali Mokoena", "Tlali Mokoena"),
        Q('"The tankers are old and some of them have been parked since last winter,"', "direct", "Mokoena",
          "Tlali Mokoena", speaker_at='winter," Mokoena said'),
        Q('"We have asked the Ministry of Natural Resources for money to hire private trucks, but we are still '
          'waiting."', "direct", "Mokoena", "Tlali Mokoena", speaker_at='winter," Mokoena said'),
        Q("they had been buying water from private tankers at up to M450 for 5,000 litres", "indirect",
          "Residents of Ha Abia and Khubetsoana", None),
        Q('"I wake up at 3am to queue at the spring with my buckets,"', "direct", "'Mamosa Tau", "'Mamosa Tau"),
        Q('"By the time I come back, I am too tired to go to work."', "direct", "'Mamosa Tau", "'Mamosa Tau"),
        Q('"once in a blue moon"', "partial", "Thabo Ramokhele", "Thabo Ramokhele"),
        Q("people in his ward had resorted to drinking from unprotected wells", "indirect", "He", "Thabo Ramokhele",
          speaker_at="He said people"),
        Q("that the ministry had approved M4 million for emergency water supply and that private tankers would be "
          "hired from next week", "indirect", "Ntšebo Makhetha", "Ntšebo Makhetha"),
        Q('"We understand the frustration of the public. Help is coming,"', "direct", "Makhetha", "Ntšebo Makhetha",
          speaker_at="Dr Makhetha said"),
        Q("rainfall in the lowlands was 40 percent below normal in November", "indirect",
          "The Lesotho Meteorological Services", "Lesotho Meteorological Services"),
        Q("that it had enough water in its reserve tanks", "indirect", "Queen 'Mamohato Memorial Hospital",
          "Queen 'Mamohato Memorial Hospital"),
        Q('"for the time being"', "partial", "Queen 'Mamohato Memorial Hospital",
          "Queen 'Mamohato Memorial Hospital"),
        Q("demand had tripled since the start of the month", "indirect", "A private tanker operator", None),
        Q('"Business is good, but I take no pleasure in it. These are my neighbours,"', "direct", "he", None,
          speaker_at='neighbours," he said'),
        Q("the three working tankers are prioritising clinics and schools", "indirect", "WASCO",
          "Water and Sewerage Company", speaker_at="WASCO says"),
    ], source="blind"),
    Case("blind88-eswatini-royal-budget", """MPs split over E1.2bn Royal Household budget

MBABANE – Members of Parliament yesterday clashed over the proposed E1.2 billion allocation for the Royal Household, with some legislators questioning a 14 percent increase at a time when hospitals are running out of medicine.

The allocation, listed in the estimates under "Royal Emoluments and Civil List", was debated in the House of Assembly as part of the Appropriation Bill.

Mhlangatane MP Sabelo Magagula said he was not against the monarchy, but that the nation "must be told what the money is for".

"Our people are dying in clinics because there is no Panado. How do we explain to them that we have increased this line by 14 percent?" Magagula asked.

Minister of Finance Mduduzi Nxumalo defended the allocation, telling the House that it covered the upkeep of royal residences, national events such as Umhlanga and Incwala, and the salaries of more than 700 staff.

"This is not money that goes into anyone's pocket," Nxumalo said. "It pays for the institutions that hold this nation together."

Nxumalo said the increase was largely due to rising fuel and maintenance costs.

Maphalaleni MP Thokozile Shongwe described the monarchy as "the pillar of our culture" and accused colleagues of "grandstanding".

The Speaker of the House, Bhekizwe Tsabedze, reminded members to "debate figures, not personalities".

A senior official in the Ministry of Finance, who spoke on condition of anonymity, said that the allocation had been agreed before the budget was tabled.

The Coordinating Assembly of NGOs (CANGO) said in a statement that Parliament had a duty to scrutinise all public spending "without fear or favour".

CANGO Executive Director Thembinkosi Mamba said citizens had a right to know how public funds were used. "Transparency is not disrespect," Mamba said.

Eswatini TV reported last night that the House would vote on the Appropriation Bill on Friday.""", [
        Q("he was not against the monarchy", "indirect", "Sabelo Magagula", "Sabelo Magagula"),
        Q('"must be told what the money is for"', "partial", "Sabelo Magagula", "Sabelo Magagula"),
        Q('"Our people are dying in clinics because there is no Panado. How do we explain to them that we have '
          'increased this line by 14 percent?"', "direct", "Magagula", "Sabelo Magagula",
          speaker_at="Magagula asked"),
        Q("that it covered the upkeep of royal residences, national events such as Umhlanga and Incwala, and the "
          "salaries of more than 700 staff", "indirect", "Mduduzi Nxumalo", "Mduduzi Nxumalo"),
        Q('"This is not money that goes into anyone\'s pocket,"', "direct", "Nxumalo", "Mduduzi Nxumalo",
          speaker_at='pocket," Nxumalo said'),
        Q('"It pays for the institutions that hold this nation together."', "direct", "Nxumalo", "Mduduzi Nxumalo",
          speaker_at='pocket," Nxumalo said'),
        Q("the increase was largely due to rising fuel and maintenance costs", "indirect", "Nxumalo",
          "Mduduzi Nxumalo", speaker_at="Nxumalo said the increase"),
        Q('"the pillar of our culture"', "partial", "Thokozile Shongwe", "Thokozile Shongwe"),
        Q('"grandstanding"', "partial", "Thokozile Shongwe", "Thokozile Shongwe"),
        Q('"debate figures, not personalities"', "partial", "Bhekizwe Tsabedze", "Bhekizwe Tsabedze"),
        Q("that the allocation had been agreed before the budget was tabled", "indirect",
          "A senior official in the Ministry of Finance", None),
        Q("that Parliament had a duty to scrutinise all public spending", "indirect",
          "The Coordinating Assembly of NGOs", "Coordinating Assembly of NGOs"),
        Q('"without fear or favour"', "partial", "The Coordinating Assembly of NGOs", "Coordinating Assembly of NGOs"),
        Q("citizens had a right to know how public funds were used", "indirect", "Thembinkosi Mamba",
          "Thembinkosi Mamba"),
        Q('"Transparency is not disrespect,"', "direct", "Mamba", "Thembinkosi Mamba",
          speaker_at='disrespect," Mamba said'),
        Q("that the House would vote on the Appropriation Bill on Friday", "indirect", "Eswatini TV", "Eswatini TV"),
    ], source="blind"),
    Case("blind88-eswatini-garment-strike", """Matsapha textile workers strike over pay

MATSAPHA – About 3,000 workers at two Taiwanese-owned textile factories at the Matsapha Industrial Site downed tools yesterday, demanding that their monthly wage be raised from E1,800 to E3,000.

The strike, certified by the Conciliation, Mediation and Arbitration Commission (CMAC) last week, follows months of failed negotiations between the Amalgamated Textile Workers Union of Eswatini (ATWUE) and management at Kingstar Apparel and Fortune Knitwear.

ATWUE Secretary General Mbongeni Mavuso told the Eswatini Observer that workers had been offered a seven percent increase, which he described as ‘an insult to people who sew clothes for the whole world’.

‘Seven percent of nothing is nothing,’ Mavuso said. ‘Our members pay E600 for a room and E400 for transport. What is left for food?’

The union’s campaign, dubbed ‘Fair Wage 2025’, has been running since January.

Nomcebo Dlamini, who has worked as a machinist at Kingstar for 11 years, said she was a single mother of three. ‘I leave my house at five in the morning and come back after seven at night,’ she said, ‘and at the end of the month I still borrow money.’

Kingstar Apparel human resources manager Grace Lin said the company could not afford the union’s demand. ‘Orders from our buyers in the United States have dropped by almost half,’ Lin said. She said the company had offered ‘the best we can do under very difficult conditions’.

The Royal Eswatini Police Service said officers had been deployed to the area as a precaution. Police spokesperson Superintendent Nosipho Mnguni said the strike had been peaceful so far. ‘We will not tolerate any acts of violence or intimidation,’ Mnguni warned.

Themba Masilela, the Minister of Labour and Social Security, said in a statement that government was ‘engaging all parties’ and that a meeting had been called for Monday.

Some workers said they had not been paid overtime for months.""", [
        Q("that workers had been offered a seven percent increase", "indirect", "Mbongeni Mavuso", "Mbongeni Mavuso"),
        Q("‘an insult to people who sew clothes for the whole world’", "partial", "he", "Mbongeni Mavuso",
          speaker_at="which he described"),
        Q("‘Seven percent of nothing is nothing,’", "direct", "Mavuso", "Mbongeni Mavuso", speaker_at="Mavuso said"),
        Q("‘Our members pay E600 for a room and E400 for transport. What is left for food?’", "direct", "Mavuso",
          "Mbongeni Mavuso", speaker_at="Mavuso said"),
        Q("she was a single mother of three", "indirect", "Nomcebo Dlamini", "Nomcebo Dlamini"),
        Q("‘I leave my house at five in the morning and come back after seven at night,’", "direct", "she",
          "Nomcebo Dlamini", speaker_at="she said,"),
        Q("‘and at the end of the month I still borrow money.’", "direct", "she", "Nomcebo Dlamini",
          speaker_at="she said,"),
        Q("the company could not afford the union’s demand", "indirect", "Grace Lin", "Grace Lin"),
        Q("‘Orders from our buyers in the United States have dropped by almost half,’", "direct", "Lin",
          "Grace Lin", speaker_at="half,’ Lin said"),
        Q("‘the best we can do under very difficult conditions’", "partial", "She", "Grace Lin",
          speaker_at="She said the company"),
        Q("officers had been deployed to the area as a precaution", "indirect", "The Royal Eswatini Police Service",
          "Royal Eswatini Police Service"),
        Q("the strike had been peaceful so far", "indirect", "Nosipho Mnguni", "Nosipho Mnguni"),
        Q("‘We will not tolerate any acts of violence or intimidation,’", "direct", "Mnguni", "Nosipho Mnguni",
          speaker_at="Mnguni warned"),
        Q("‘engaging all parties’", "partial", "Themba Masilela", "Themba Masilela"),
        Q("that a meeting had been called for Monday", "indirect", "Themba Masilela", "Themba Masilela"),
        Q("they had not been paid overtime for months", "indirect", "Some workers", None),
    ], source="blind"),
    Case("blind88-gulf-cattle-flood", """Gulf grazier fears 4,000 cattle lost as floodwaters isolate station

A grazier in Queensland's Gulf Country says he may have lost up to 4,000 head of cattle after the Flinders River broke its banks and swamped his property south of Normanton.

Rob Fairweather, who runs Wirrawanda Station with his wife Kylie, says the water rose faster than anyone expected on Sunday night.

"We got the call from the neighbours upstream at about 9 o'clock, and by midnight the water was through the shed," Mr Fairweather told ABC Rural.

"You can't muster in the dark in that kind of water. We just had to open the gates and hope they found high ground."

The Bureau of Meteorology says more than 600 millimetres of rain fell in parts of the catchment in five days.

Senior meteorologist Laura Boekel said a monsoon low sitting over the Gulf was expected to bring further heavy falls this week.

"We're not out of the woods yet," Ms Boekel said.

Kylie Fairweather says the family has been flying over the property in a helicopter hired from Julia Creek.

"We've found dead cattle hung up in trees," she says. "It's heartbreaking."

Carpentaria Shire Mayor Ken Cotter says Normanton has been cut off by road for ten days.

Mr Cotter said the council was working with the State Emergency Service on fodder drops to stranded stock. The operation has been named "Haylift".

AgForce cattle board president Trent Hollis said disaster recovery funding needed to be activated immediately. He described the situation as "a disaster on top of a disaster".

"Some of these families were only just getting back on their feet after the 2019 floods," Mr Hollis said.

In a statement, the Department of Agriculture and Fisheries said Category C disaster assistance had been activated for the Carpentaria and Burke shires.

Neighbouring graziers say they too have lost stock, though most are yet to assess the damage.""", [
        Q("he may have lost up to 4,000 head of cattle after the Flinders River broke its banks and swamped his "
          "property south of Normanton", "indirect", "A grazier in Queensland's Gulf Country", "Rob Fairweather"),
        Q("the water rose faster than anyone expected on Sunday night", "indirect", "Rob Fairweather",
          "Rob Fairweather"),
        Q('"We got the call from the neighbours upstream at about 9 o\'clock, and by midnight the water was through '
          'the shed,"', "direct", "Fairweather", "Rob Fairweather", speaker_at="Mr Fairweather told"),
        Q('"You can\'t muster in the dark in that kind of water. We just had to open the gates and hope they found '
          'high ground."', "direct", "Fairweather", "Rob Fairweather", speaker_at="Mr Fairweather told"),
        Q("more than 600 millimetres of rain fell in parts of the catchment in five days", "indirect",
          "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("a monsoon low sitting over the Gulf was expected to bring further heavy falls this week", "indirect",
          "Laura Boekel", "Laura Boekel"),
        Q('"We\'re not out of the woods yet,"', "direct", "Boekel", "Laura Boekel", speaker_at="Ms Boekel said"),
        Q("the family has been flying over the property in a helicopter hired from Julia Creek", "indirect",
          "Kylie Fairweather", "Kylie Fairweather"),
        Q('"We\'ve found dead cattle hung up in trees,"', "direct", "she", "Kylie Fairweather",
          speaker_at="she says"),
        Q('"It\'s heartbreaking."', "direct", "she", "Kylie Fairweather", speaker_at="she says"),
        Q("Normanton has been cut off by road for ten days", "indirect", "Ken Cotter", "Ken Cotter"),
        Q("the council was working with the State Emergency Service on fodder drops to stranded stock", "indirect",
          "Cotter", "Ken Cotter", speaker_at="Mr Cotter said"),
        Q("disaster recovery funding needed to be activated immediately", "indirect", "Trent Hollis",
          "Trent Hollis"),
        Q('"a disaster on top of a disaster"', "partial", "He", "Trent Hollis", speaker_at="He described"),
        Q('"Some of these families were only just getting back on their feet after the 2019 floods,"', "direct",
          "Hollis", "Trent Hollis", speaker_at="Mr Hollis said"),
        Q("Category C disaster assistance had been activated for the Carpentaria and Burke shires", "indirect",
          "the Department of Agriculture and Fisheries", "Department of Agriculture and Fisheries"),
        Q("they too have lost stock, though most are yet to assess the damage", "indirect", "Neighbouring graziers",
          None),
    ], source="blind"),
    Case("blind88-kimberley-cattle-flood", """Fitzroy River set to peak as stations cut off

Pastoralists in the Fitzroy Valley are racing to move cattle to higher ground, with the Fitzroy River expected to peak at Fitzroy Crossing tonight.

The Bureau of Meteorology says the river could reach 14 metres at the town gauge. That would be close to the record set in January 2023.

Milliwindi Station manager Darcy Keogh says the homestead is now an island.

"We've got about 2,500 head on the river flats and we've moved maybe half," he says. "The rest are on their own."

He says the station's airstrip is under water and supplies will have to come in by helicopter.

The Department of Fire and Emergency Services has issued an emergency warning for low-lying parts of Fitzroy Crossing.

Incident controller Superintendent Neil Cassidy says residents in those areas should leave now.

"Don't wait for the water to reach your door," Superintendent Cassidy says. "If you need help getting out, call us."

Bunuba traditional owner Tanya Cox says cultural sites along the river are also under threat.

Pastoralists and Graziers Association president Mitch Blaine says the industry is still recovering from the 2023 floods.

"It's like Groundhog Day for a lot of people up there," Mr Blaine says.

Main Roads Western Australia says the Great Northern Highway is closed between Fitzroy Crossing and Halls Creek.

According to Shire President Clive Pearce, the evacuation centre at the Fitzroy Crossing recreation centre has taken in 40 people so far.

Emergency Services Minister Clare Holloway told the "Kimberley Breakfast" program that defence force helicopters were on standby.

"We will get feed and fuel to those stations as soon as it's safe," she said.

One Fitzroy Crossing resident, who didn't want to be named, says the town has "seen this movie before".""", [
        Q("the river could reach 14 metres at the town gauge", "indirect", "The Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q("the homestead is now an island", "indirect", "Darcy Keogh", "Darcy Keogh"),
        Q('"We\'ve got about 2,500 head on the river flats and we\'ve moved maybe half,"', "direct", "he",
          "Darcy Keogh", speaker_at='half," he says'),
        Q('"The rest are on their own."', "direct", "he", "Darcy Keogh", speaker_at='half," he says'),
        Q("the station's airstrip is under water and supplies will have to come in by helicopter", "indirect", "He",
          "Darcy Keogh", speaker_at="He says the station's"),
        Q("residents in those areas should leave now", "indirect", "Neil Cassidy", "Neil Cassidy"),
        Q('"Don\'t wait for the water to reach your door,"', "direct", "Cassidy", "Neil Cassidy",
          speaker_at="Superintendent Cassidy says"),
        Q('"If you need help getting out, call us."', "direct", "Cassidy", "Neil Cassidy",
          speaker_at="Superintendent Cassidy says"),
        Q("cultural sites along the river are also under threat", "indirect", "Tanya Cox", "Tanya Cox"),
        Q("the industry is still recovering from the 2023 floods", "indirect", "Mitch Blaine", "Mitch Blaine"),
        Q('"It\'s like Groundhog Day for a lot of people up there,"', "direct", "Blaine", "Mitch Blaine",
          speaker_at="Mr Blaine says"),
        Q("the Great Northern Highway is closed between Fitzroy Crossing and Halls Creek", "indirect",
          "Main Roads Western Australia", "Main Roads Western Australia"),
        Q("the evacuation centre at the Fitzroy Crossing recreation centre has taken in 40 people so far",
          "indirect", "Clive Pearce", "Clive Pearce"),
        Q("that defence force helicopters were on standby", "indirect", "Clare Holloway", "Clare Holloway"),
        Q('"We will get feed and fuel to those stations as soon as it\'s safe,"', "direct", "she", "Clare Holloway",
          speaker_at='safe," she said'),
        Q('"seen this movie before"', "partial", "One Fitzroy Crossing resident", None),
    ], source="blind"),
    Case("blind88-jordan-bread", """Govt to replace bread subsidy with direct cash support

AMMAN — The government will stop subsidising flour for bakeries from January and instead transfer cash support directly to eligible families, the Ministry of Industry, Trade and Supply announced on Wednesday.

Under the new system, the price of a kilogramme of standard Arabic bread will rise from 35 piasters to 50 piasters, while about 1.4 million Jordanians will receive JD30 a year each through the National Aid Fund.

Minister of Industry, Trade and Supply Nidal Bataineh told a press conference at the Prime Ministry that the old subsidy had "benefited everyone equally, including the rich and the four million non-Jordanians living in the Kingdom".

"We are spending more than JD160 million a year on flour, and a large part of that does not reach the people who need it," Bataineh said.

"This is not about cutting support. It is about directing it to the right place."

Bataineh said that strategic reserves of wheat were sufficient for nine months, and that registration for the payments would open on the "Daam" platform next week.

Abdul Ilah Rawashdeh, head of the Bakery Owners Association, said bakeries had not been consulted on the details and warned of "chaos at the counter" in the first weeks.

National Society for Consumer Protection president Mohammad Qudah described the compensation as "far below" the real cost to an average family.

"A family of six eats at least two kilos a day. Do the maths," Qudah told Jordan News.

Economist Rami Haddad, a former adviser at the Central Bank of Jordan, said the move was in line with Jordan's commitments to the International Monetary Fund.

The International Monetary Fund said in its most recent review of Jordan's programme that untargeted subsidies remained "a significant burden" on public finances.

The Lower House Financial Committee will summon the minister next week, according to its chairman, MP Fawaz Zu'bi.

At a bakery in Jabal Al Hussein, customers said they had heard about the change only on social media. One customer, a retired teacher, said he supported the idea "if the money actually arrives".""", [
        Q("The government will stop subsidising flour for bakeries from January and instead transfer cash support "
          "directly to eligible families", "indirect", "the Ministry of Industry, Trade and Supply",
          "Ministry of Industry, Trade and Supply"),
        Q('"benefited everyone equally, including the rich and the four million non-Jordanians living in the '
          'Kingdom"', "partial", "Nidal Bataineh", "Nidal Bataineh"),
        Q('"We are spending more than JD160 million a year on flour, and a large part of that does not reach the '
          'people who need it,"', "direct", "Bataineh", "Nidal Bataineh", speaker_at='need it," Bataineh said'),
        Q('"This is not about cutting support. It is about directing it to the right place."', "direct", "Bataineh",
          "Nidal Bataineh", speaker_at='need it," Bataineh said'),
        Q('that strategic reserves of wheat were sufficient for nine months, and that registration for the payments '
          'would open on the "Daam" platform next week', "indirect", "Bataineh", "Nidal Bataineh",
          speaker_at="Bataineh said that"),
        Q("bakeries had not been consulted on the details", "indirect", "Abdul Ilah Rawashdeh",
          "Abdul Ilah Rawashdeh"),
        Q('"chaos at the counter"', "partial", "Abdul Ilah Rawashdeh", "Abdul Ilah Rawashdeh"),
        Q('"far below"', "partial", "Mohammad Qudah", "Mohammad Qudah"),
        Q('"A family of six eats at least two kilos a day. Do the maths,"', "direct", "Qudah", "Mohammad Qudah",
          speaker_at="Qudah told"),
        Q("the move was in line with Jordan's commitments to the International Monetary Fund", "indirect",
          "Rami Haddad", "Rami Haddad"),
        Q('"a significant burden"', "partial", "The International Monetary Fund", "International Monetary Fund",
          speaker_at="The International Monetary Fund said"),
        Q("The Lower House Financial Committee will summon the minister next week", "indirect", "Fawaz Zu'bi",
          "Fawaz Zu'bi"),
        Q("they had heard about the change only on social media", "indirect", "customers", None),
        Q('"if the money actually arrives"', "partial", "One customer", None),
    ], source="blind"),
    Case("blind88-lesotho-royal-budget", """MPs spar over M62 million royal budget

MASERU – Opposition legislators on Tuesday questioned a 22 percent increase in the budget of His Majesty’s Office, arguing that the money should instead go to drought relief in the southern districts.

The National Assembly was debating the estimates for the office, which rose from M51 million to M62 million in the 2025/26 budget tabled last month by Finance Minister Thabiso Molapo.

Mphosi Ralitabo, the Basotho National Party MP for Qacha’s Nek, said he had “the utmost respect for the Crown” but could not support “buying new vehicles while our people in Quthing are eating one meal a day”.

“The Royal Family itself would not want to be seen enjoying luxuries while Basotho starve,” Ralitabo told the House.

Molapo defended the allocation, saying that most of the increase was for the long-overdue renovation of the Royal Palace in Maseru and for the King’s official travel.

“These are not luxuries. These are obligations of the state under the Constitution,” Mr Molapo said. “The King represents Lesotho abroad, and he must do so with dignity.”

Deputy Speaker ’Maneo Ntene ruled that members may debate the figures, but warned them against “remarks that diminish the dignity of the Crown”.

The Principal Secretary of His Majesty’s Office, Dr Lefu Mohapi, said in a statement that the office had not requested new vehicles, and that the vehicle budget line was for maintenance of the existing fleet.

Tumelo Sekhonyana, executive director of Transparency Lesotho, said Parliament had for years approved the palace budget “without a single question”.

“The public has a right to know how every loti is spent, and that includes the palace,” he said.

A government MP, who asked not to be named, said that many on the government benches privately shared the opposition’s concerns.

Radio Lesotho reported on Wednesday that the vote had been passed by 68 votes to 31.""", [
        Q("that the money should instead go to drought relief in the southern districts", "indirect",
          "Opposition legislators", None),
        Q("“the utmost respect for the Crown”", "partial", "Mphosi Ralitabo", "Mphosi Ralitabo"),
        Q("“buying new vehicles while our people in Quthing are eating one meal a day”", "partial", "Mphosi Ralitabo",
          "Mphosi Ralitabo"),
        Q("“The Royal Family itself would not want to be seen enjoying luxuries while Basotho starve,”", "direct",
          "Ralitabo", "Mphosi Ralitabo", speaker_at="Ralitabo told the House"),
        Q("that most of the increase was for the long-overdue renovation of the Royal Palace in Maseru and for the "
          "King’s official travel", "indirect", "Molapo", "Thabiso Molapo", speaker_at="Molapo defended"),
        Q("“These are not luxuries. These are obligations of the state under the Constitution,”", "direct", "Molapo",
          "Thabiso Molapo", speaker_at="Mr Molapo said"),
        Q("“The King represents Lesotho abroad, and he must do so with dignity.”", "direct", "Molapo",
          "Thabiso Molapo", speaker_at="Mr Molapo said"),
        Q("that members may debate the figures", "indirect", "’Maneo Ntene", "’Maneo Ntene"),
        Q("“remarks that diminish the dignity of the Crown”", "partial", "’Maneo Ntene", "’Maneo Ntene"),
        Q("that the office had not requested new vehicles, and that the vehicle budget line was for maintenance of "
          "the existing fleet", "indirect", "Lefu Mohapi", "Lefu Mohapi"),
        Q("“without a single question”", "partial", "Tumelo Sekhonyana", "Tumelo Sekhonyana"),
        Q("“The public has a right to know how every loti is spent, and that includes the palace,”", "direct", "he",
          "Tumelo Sekhonyana", speaker_at="palace,” he said"),
        Q("that many on the government benches privately shared the opposition’s concerns", "indirect",
          "A government MP", None),
        Q("that the vote had been passed by 68 votes to 31", "indirect", "Radio Lesotho", "Radio Lesotho"),
    ], source="blind"),
]
