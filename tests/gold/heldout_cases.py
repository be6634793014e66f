"""Held-out gold: short news articles written once and never tuned on.

Different topics, names and house styles from the development set (sport,
economy, crime, health, British single quotes), so the figures on them say
how the rules carry over. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("heldout-rates", """Central bank holds rates steady as inflation cools

The Bank of England kept its main interest rate at 5.25% on Thursday, saying that inflation was falling faster than expected but that it was too early to cut.

\u201cWe need to see more evidence that inflation will stay low before we can lower rates,\u201d Governor Andrew Bailey told a news conference in London.

Bailey said the committee had been split, with two members voting for a cut. \u201cIt was a close call,\u201d he added, \u201cand the next meeting is very much open.\u201d

Economists at ING said they now expected a first cut in August. According to James Smith, the bank\u2019s developed markets economist, the decision \u201cleaves the door wide open\u201d for a summer move.

Finance minister Jeremy Hunt welcomed the news. \u201cInflation has come down from over 11% to just over 3%,\u201d Hunt said in a statement. \u201cThat is real progress, and it shows the plan is working.\u201d

The opposition Labour Party said households were still paying the price for what it called a \u201cTory mortgage penalty\u201d.

Markets reacted calmly, with the pound edging up 0.2% against the dollar.""", [
        Q("that inflation was falling faster than expected but that it was too early to cut", "indirect",
          "The Bank of England", "Bank of England"),
        Q("\u201cWe need to see more evidence that inflation will stay low before we can lower rates,\u201d", "direct",
          "Andrew Bailey", "Andrew Bailey"),
        Q("the committee had been split, with two members voting for a cut", "indirect",
          "Bailey", "Andrew Bailey", speaker_at="Bailey said"),
        Q("\u201cIt was a close call,\u201d", "direct", "he", "Andrew Bailey", speaker_at="he added"),
        Q("\u201cand the next meeting is very much open.\u201d", "direct", "he", "Andrew Bailey", speaker_at="he added"),
        Q("they now expected a first cut in August", "indirect", "Economists at ING", None),
        Q("\u201cleaves the door wide open\u201d", "partial", "James Smith", "James Smith"),
        Q("\u201cInflation has come down from over 11% to just over 3%,\u201d", "direct", "Hunt", "Jeremy Hunt",
          speaker_at="Hunt said"),
        Q("\u201cThat is real progress, and it shows the plan is working.\u201d", "direct", "Hunt", "Jeremy Hunt",
          speaker_at="Hunt said"),
        Q("\u201cTory mortgage penalty\u201d", "partial", "it", "Labour Party", speaker_at="what it called"),
    ]),
    Case("heldout-cup", """Ortega double sends Valencia into cup final

VALENCIA, Spain (AP) - Diego Ortega scored twice in the second half as Valencia beat Sevilla 2-1 on Wednesday to reach the Copa del Rey final.

"I dreamed about a night like this since I was a kid," Ortega said. "The fans pushed us all the way."

Valencia coach Ruben Baraja praised his team's character after they had gone a goal down before halftime.

"At halftime I told them to stay calm and keep playing our football," Baraja said. "They did exactly that."

Sevilla's captain, Jesus Navas, said his side had "nothing to be ashamed of" and insisted they would bounce back in the league.

The club said in a statement that midfielder Joan Jordan had suffered a knee injury and would undergo tests on Thursday.

Asked whether he would stay at the club next season, Ortega smiled. "We'll see. Right now I just want to enjoy this," the 24-year-old told reporters.

Valencia will face Real Madrid or Athletic Bilbao in the final on April 6.""", [
        Q('"I dreamed about a night like this since I was a kid,"', "direct", "Ortega", "Diego Ortega",
          speaker_at="Ortega said"),
        Q('"The fans pushed us all the way."', "direct", "Ortega", "Diego Ortega", speaker_at="Ortega said"),
        Q('"At halftime I told them to stay calm and keep playing our football,"', "direct", "Baraja",
          "Ruben Baraja", speaker_at="Baraja said"),
        Q('"They did exactly that."', "direct", "Baraja", "Ruben Baraja", speaker_at="Baraja said"),
        Q('"nothing to be ashamed of"', "partial", "Jesus Navas", "Jesus Navas"),
        Q("they would bounce back in the league", "indirect", "Jesus Navas", "Jesus Navas"),
        Q("that midfielder Joan Jordan had suffered a knee injury and would undergo tests on Thursday", "indirect",
          "The club", None),
        Q('"We\'ll see. Right now I just want to enjoy this,"', "direct", "the 24-year-old", "Diego Ortega"),
    ]),
    Case("heldout-drought", """Drought forces water cuts in Catalonia

Authorities in Catalonia declared a drought emergency on Friday, imposing new limits on water use for some six million people, including residents of Barcelona.

Reservoirs in the region are at 16% of capacity, according to the Catalan Water Agency.

\u201cThis is the worst drought since records began,\u201d regional president Pere Aragon\u00e8s said at a press conference. He said the government would spend 2.4 billion euros on desalination plants and water recycling.

Under the new rules, farmers must cut water use by 80%, while industry faces a 25% reduction.

The farmers\u2019 union Uni\u00f3 de Pagesos warned that many growers would not survive the season. \u201cFor some of our members, this is the end,\u201d its spokesman Joan Caball was quoted as saying by the newspaper La Vanguardia.

Scientists have long warned that the Mediterranean is heating faster than the global average.

Tourism bosses fear the restrictions will hurt the summer season. Hotels \u201care being asked to do the impossible,\u201d one industry representative said, speaking on condition of anonymity.""", [
        Q("Reservoirs in the region are at 16% of capacity", "indirect", "the Catalan Water Agency",
          "Catalan Water Agency"),
        Q("\u201cThis is the worst drought since records began,\u201d", "direct", "Pere Aragon\u00e8s",
          "Pere Aragon\u00e8s"),
        Q("the government would spend 2.4 billion euros on desalination plants and water recycling", "indirect",
          "He", "Pere Aragon\u00e8s", speaker_at="He said"),
        Q("that many growers would not survive the season", "indirect", "Uni\u00f3 de Pagesos", "Uni\u00f3 de Pagesos"),
        Q("\u201cFor some of our members, this is the end,\u201d", "direct", "Joan Caball", "Joan Caball"),
        Q("that the Mediterranean is heating faster than the global average", "indirect", "Scientists", None),
        Q("\u201care being asked to do the impossible,\u201d", "partial", "one industry representative", None),
    ]),
    Case("heldout-senate", """Senate passes border bill after marathon session

WASHINGTON \u2014 The Senate on Saturday passed a $95 billion package that pairs border security measures with aid for Ukraine and Israel, sending it to the House, where its fate is uncertain.

\u201cThis bill is not perfect, but it is a serious answer to a serious problem,\u201d said Senate Majority Leader Chuck Schumer, who spent weeks negotiating with Republicans.

Senator Kyrsten Sinema, one of the bill's authors, said the vote showed that compromise was still possible. \u201cPeople told us it couldn\u2019t be done,\u201d she said. \u201cWe proved them wrong.\u201d

House Speaker Mike Johnson has called the measure \u201cdead on arrival.\u201d In a post on X, he wrote that the bill \u201cfails to secure the border\u201d and urged senators to start over.

Several Republicans who voted against it described the package as a \u201cso-called compromise\u201d that would do little to reduce crossings.

The White House said President Joe Biden would sign the bill \u201cthe moment it reaches his desk.\u201d

Senator Chris Murphy, the lead Democratic negotiator, spoke for nearly an hour on the floor. \u201cWe have been working on this for four months.

\u201cWe gave up things we care about. They gave up things they care about. That is how this place is supposed to work.\u201d

Biden, in a speech at the White House, said Congress must act. \u201cHistory is watching,\u201d he said.

The legislation draws its name from a 1986 law, and supporters have nicknamed it \u201cthe Border Act\u201d in speeches.""", [
        Q("\u201cThis bill is not perfect, but it is a serious answer to a serious problem,\u201d", "direct",
          "Chuck Schumer", "Chuck Schumer"),
        Q("the vote showed that compromise was still possible", "indirect", "Kyrsten Sinema", "Kyrsten Sinema"),
        Q("\u201cPeople told us it couldn\u2019t be done,\u201d", "direct", "she", "Kyrsten Sinema", speaker_at="she said"),
        Q("\u201cWe proved them wrong.\u201d", "direct", "she", "Kyrsten Sinema", speaker_at="she said"),
        Q("\u201cdead on arrival.\u201d", "partial", "Mike Johnson", "Mike Johnson"),
        Q("\u201cfails to secure the border\u201d", "partial", "he", "Mike Johnson", speaker_at="he wrote"),
        Q("\u201cso-called compromise\u201d", "partial", "Several Republicans", None),
        Q("\u201cthe moment it reaches his desk.\u201d", "partial", "The White House", "White House",
          speaker_at="The White House said"),
        Q("\u201cWe have been working on this for four months.", "direct", "Chris Murphy", "Chris Murphy"),
        Q("\u201cWe gave up things we care about. They gave up things they care about. That is how this place is "
          "supposed to work.\u201d", "direct", "Chris Murphy", "Chris Murphy"),
        Q("Congress must act", "indirect", "Biden", "Joe Biden", speaker_at="Biden, in a speech"),
        Q("\u201cHistory is watching,\u201d", "direct", "he", "Joe Biden", speaker_at="he said."),
    ]),
    Case("heldout-chips", """Chipmaker warns of slowdown as orders dry up

Shares in Arm Holdings fell 9% on Wednesday after the Cambridge-based chip designer warned that demand from smartphone makers had weakened.

'We are seeing customers hold back on new orders,' chief executive Rene Haas said on a call with analysts. 'We think this is temporary, but we are planning for a slower year.'

Haas added that the company would keep investing in artificial intelligence, which he described as 'the biggest opportunity we have ever had'.

Analysts were divided. Ben Barringer, a technology analyst at Quilter Cheviot, said the sell-off looked 'overdone', while others pointed to the company's high valuation.

The firm's 'Project Atlas', a new family of data-centre chips, is due to launch next year.

A spokesperson for SoftBank, which owns most of Arm's shares, declined to comment.""", [
        Q("that demand from smartphone makers had weakened", "indirect", "the Cambridge-based chip designer",
          "Arm Holdings"),
        Q("'We are seeing customers hold back on new orders,'", "direct", "Rene Haas", "Rene Haas"),
        Q("'We think this is temporary, but we are planning for a slower year.'", "direct", "Rene Haas", "Rene Haas"),
        Q("'the biggest opportunity we have ever had'", "partial", "he", "Rene Haas", speaker_at="he described"),
        Q("'overdone'", "partial", "Ben Barringer", "Ben Barringer"),
    ]),
    Case("heldout-fire", """Two arrested after warehouse fire in Leeds

Two men have been arrested on suspicion of arson after a fire destroyed a warehouse in Leeds overnight, police said.

According to West Yorkshire Police, officers were called to the industrial estate on Kirkstall Road shortly after 2am on Sunday.

Detective Inspector Sarah Holmes said: \u201cWe are keeping an open mind about how the fire started, and I would urge anyone with information to contact us.\u201d

A neighbour, who asked not to be named, told the BBC she had heard \u201ca loud bang, then another, and then the whole sky was orange.

The fire service said 60 firefighters had been sent to the scene at the height of the blaze. "It was a very challenging incident," station manager Paul Tate said, adding that no one had been injured.

Local councillor Mohammed Iqbal told the Yorkshire Evening Post that residents had complained about the site for years. "People have been saying 'something will happen there' for ages," he said.

Both men remain in custody.""", [
        Q("Two men have been arrested on suspicion of arson after a fire destroyed a warehouse in Leeds overnight",
          "indirect", "police", None),
        Q("officers were called to the industrial estate on Kirkstall Road shortly after 2am on Sunday", "indirect",
          "West Yorkshire Police", "West Yorkshire Police"),
        Q("\u201cWe are keeping an open mind about how the fire started, and I would urge anyone with information to "
          "contact us.\u201d", "direct", "Sarah Holmes", "Sarah Holmes"),
        Q("\u201ca loud bang, then another, and then the whole sky was orange.", "partial", "A neighbour", None),
        Q("60 firefighters had been sent to the scene at the height of the blaze", "indirect", "The fire service", None),
        Q('"It was a very challenging incident,"', "direct", "Paul Tate", "Paul Tate"),
        Q("that no one had been injured", "indirect", "Paul Tate", "Paul Tate"),
        Q("that residents had complained about the site for years", "indirect", "Mohammed Iqbal", "Mohammed Iqbal"),
        Q("\"People have been saying 'something will happen there' for ages,\"", "direct", "he", "Mohammed Iqbal",
          speaker_at="he said"),
    ]),
    Case("heldout-strait", """China protests after US warship sails through Taiwan Strait

BEIJING (Reuters) - China said on Thursday it had tracked a U.S. destroyer as it sailed through the Taiwan Strait, calling the transit a "provocation" that threatened regional peace.

The Eastern Theater Command of the People's Liberation Army said its forces had monitored the ship throughout and remained on high alert. "Any attempt to stir up trouble will be met with a resolute response," spokesperson Shi Yi said in a statement.

The U.S. Navy said the USS Halsey had conducted a "routine" transit in accordance with international law.

Taiwan's defence ministry said it had observed the ship moving north and that the situation was normal.

Chinese foreign ministry spokeswoman Mao Ning told a regular news briefing that Washington should "stop sending wrong signals to Taiwan independence forces". She did not take questions on the matter.

State broadcaster CCTV later showed footage of Chinese fighter jets taking off, which it said were part of a "joint combat readiness patrol".

The transit is the first by a U.S. warship since Taiwan's president Lai Ching-te took office in May.""", [
        Q("it had tracked a U.S. destroyer as it sailed through the Taiwan Strait", "indirect", "China", None,
          speaker_at="China said"),
        Q('"provocation"', "partial", "China", None, speaker_at="China said"),
        Q("its forces had monitored the ship throughout and remained on high alert", "indirect",
          "The Eastern Theater Command of the People's Liberation Army", "Eastern Theater Command"),
        Q('"Any attempt to stir up trouble will be met with a resolute response,"', "direct", "Shi Yi", "Shi Yi"),
        Q('"routine"', "partial", "The U.S. Navy", "U.S. Navy"),
        Q("it had observed the ship moving north and that the situation was normal", "indirect",
          "Taiwan's defence ministry", None),
        Q('"stop sending wrong signals to Taiwan independence forces"', "partial", "Mao Ning", "Mao Ning"),
        Q('"joint combat readiness patrol"', "partial", "it", "CCTV", speaker_at="which it said"),
    ]),
    Case("heldout-measles", """WHO warns of rising measles cases in Europe

GENEVA \u2014 Measles cases in Europe rose more than 30-fold last year, the World Health Organization said on Wednesday, urging parents to make sure their children are vaccinated.

More than 42,000 people were infected in 2023, compared with 941 in 2022, according to figures from the WHO and the UN children's agency UNICEF.

Hans Kluge, the WHO's regional director for Europe, said: "It's not just the rise in cases that is concerning. It's the rise in hospitalisations and deaths."

Kluge told reporters that vaccination rates had slipped during the Covid-19 pandemic and had not fully recovered. He called the situation "a wake-up call for every country in the region".

In Romania, which has the highest number of cases, health minister Alexandru Rafila was quoted by the Agerpres news agency as saying that the country was "facing an epidemic".

"We cannot let misinformation undo decades of progress," UNICEF regional director Regina De Dominicis said, as cited by the Associated Press.

Doctors in the UK have also reported a rise in cases, with the UK Health Security Agency declaring a national incident in January.""", [
        Q("Measles cases in Europe rose more than 30-fold last year", "indirect", "the World Health Organization",
          "World Health Organization"),
        Q("More than 42,000 people were infected in 2023, compared with 941 in 2022", "indirect",
          "figures from the WHO and the UN children's agency UNICEF", None),
        Q("\"It's not just the rise in cases that is concerning. It's the rise in hospitalisations and deaths.\"",
          "direct", "Hans Kluge", "Hans Kluge"),
        Q("that vaccination rates had slipped during the Covid-19 pandemic and had not fully recovered", "indirect",
          "Kluge", "Hans Kluge", speaker_at="Kluge told"),
        Q('"a wake-up call for every country in the region"', "partial", "He", "Hans Kluge",
          speaker_at="He called"),
        Q('"facing an epidemic"', "partial", "Alexandru Rafila", "Alexandru Rafila"),
        Q('"We cannot let misinformation undo decades of progress,"', "direct", "Regina De Dominicis",
          "Regina De Dominicis"),
    ]),
]
