"""Word lists of the entity context rules: the vocabulary of shipping, ports, titles and reporting.

These are English words, not names: names belong in `sources/`.
"""

from __future__ import annotations

# nouns (lower case, singular and plural) that introduce a vessel's name: "the tanker Eagle S"
VESSEL_NOUNS = frozenset(
    """ship ships vessel vessels tanker tankers supertanker supertankers freighter freighters boxship boxships
    containership containerships bulker bulkers trawler trawlers ferry ferries icebreaker icebreakers tug tugs
    tugboat tugboats barge barges dredger dredgers yacht yachts frigate frigates destroyer destroyers corvette
    corvettes cruiser cruisers submarine submarines warship warships reefer reefers coaster coasters
    landing_ship minesweeper minesweepers patrol_boat dhow dhows jigger jiggers boat boats longliner longliners
    seiner seiners sampan sampans cutter cutters""".split()
)
# "carrier" names a ship only after one of these: "bulk carrier", "car carrier", "LNG carrier"
CARRIER_MODIFIERS = frozenset(
    "bulk car vehicle lng lpg gas ore aircraft crude product chemical cement livestock oil helicopter".split()
)
CARRIER_NOUNS = frozenset({"carrier", "carriers"})
# modifiers of a vessel noun in "the Panama-flagged oil tanker", "general cargo ship"
VESSEL_MODIFIERS = frozenset(
    """oil crude cargo container general bulk products product chemical gas lng lpg car research fishing
    naval navy supply merchant commercial passenger cruise dry ro-ro roro shadow fleet""".split()
)

PORT_NOUNS = frozenset({"port", "ports", "harbour", "harbours", "harbor", "harbors", "seaport", "seaports"})

# "X Bay", "Gulf of X": words that make a place a Location
LOCATION_HEAD_NOUNS = frozenset(
    """bay gulf sea strait straits channel canal peninsula island islands krai oblast province region
    territory lagoon sound cape archipelago basin ocean river lake coast""".split()
)
# lower-case heads after a name: "Volga delta", "Kursk region"
LOCATION_LOWER_HEADS = frozenset({"delta", "region", "province", "oblast", "district", "river", "valley", "peninsula"})
LOCATION_OF_NOUNS = frozenset({"gulf", "sea", "strait", "straits", "bay", "isle", "isles", "island", "cape", "port"})

# titles and roles: "South Korean Defense Minister Shin Won-sik"
TITLE_WORDS = frozenset(
    """minister ministers president vice prime premier chancellor secretary spokesman spokeswoman spokesperson
    spokespeople general admiral colonel captain commander chief director deputy head ambassador envoy governor
    mayor senator congressman congresswoman lawmaker official officials adviser advisor analyst analysts
    researcher expert chairman chairwoman chair ceo founder king queen prince leader lieutenant major sergeant
    marshal commissioner prosecutor judge attorney representative coordinator undersecretary counsellor
    councillor diplomat editor correspondent reporter journalist lt gen adm col capt cmdr gov sen rep
    presidential superintendent inspector detective brigadier commodore sheriff constable vice-admiral
    rear-admiral businessman businesswoman""".split()
)
# words that may stand inside a title before a name: "Defense Minister", "Foreign Ministry spokesperson"
TITLE_FILLERS = frozenset(
    """defense defence foreign interior finance economy energy trade transport security intelligence
    military naval navy army air force forces border national state deputy first acting former
    maritime ministry affairs homeland justice ministry's public health prime vice chief executive
    joint staff command fleet coast guard guards commander-in-chief senior top press
    of the for and""".split()
)

# verbs by which a source speaks: "Reuters reported", "writes NK Pro", "told local media"
REPORT_VERBS = frozenset(
    """report write note say tell publish cite quote add claim state announce estimate confirm deny
    reveal disclose suggest observe show find conclude assess""".split()
)
MEDIA_VERBS = frozenset({"report", "write", "note", "publish", "cite", "quote"})
# nouns describing a news outlet: "the news agency Agerpres", "public broadcaster ERR"
OUTLET_NOUNS = frozenset(
    """newspaper newspapers daily weekly portal outlet outlets broadcaster agency website site magazine
    tabloid channel publication wire newswire radio television tv network paper journal newsletter
    blog service""".split()
)
# last words that make a name look like a news outlet when no registry says so
OUTLET_NAME_WORDS = frozenset(
    """times news post journal gazette herald tribune telegraph guardian observer independent express mail
    press wire agency tv radio daily weekly review pravda izvestia kommersant vedomosti pro monitor
    broadcasting broadcaster media today insider chronicle standard courier ledger dispatch bulletin sentinel
    reporter inquirer examiner gazette""".split()
)
# last words that make a name an organisation, never a person or a place
ORG_NAME_WORDS = frozenset(
    """labs lab inc corp corporation company co ltd llc plc group institute university agency ministry
    department council committee commission service services forces navy army union network foundation
    center centre bureau office fund bank authority alliance association organization organisation
    party shipping lines line logistics maritime technologies systems industries holdings partners
    intelligence police guard""".split()
)
# organisation descriptors: "the maritime security firm Ambrey", "grid operator Fingrid"
ORG_NOUNS = frozenset(
    """firm company operator group insurer shipowner owner manager charterer agency organisation organization
    consultancy provider contractor manufacturer maker producer developer startup""".split()
)

# shipping verbs whose 'at'/'from'/'to' object is a port: "arrived at Rajin"
PORT_VERBS = frozenset(
    """arrive dock call load unload berth moor anchor sail depart leave head bind travel steam return
    reach enter ship offload discharge divert reroute redirect""".split()
)

# nouns counted by figures that are munitions: "152 mm shells"
MUNITION_NOUNS = frozenset(
    """shell shells round rounds projectile projectiles munition munitions ammunition missile missiles rocket
    rockets bomb bombs mortar mortars howitzer howitzers gun guns cannon cannons grenade grenades mine mines
    torpedo torpedoes artillery drone drones warhead warheads launcher launchers""".split()
)
CALIBRE_UNITS = frozenset(
    {"mm", "millimetre", "millimetres", "millimeter", "millimeters", "mm.", "cm", "calibre", "caliber"}
)
# generic weapon phrases a text may use without any name: "ballistic missiles", "attack drones"
WEAPON_HEADS = frozenset(
    """missile missiles drone drones rocket rockets shell shells projectile projectiles munition munitions
    torpedo torpedoes bomb bombs howitzer howitzers jet jets fighter fighters tank tanks helicopter helicopters
    launcher launchers""".split()
)
WEAPON_MODIFIERS = frozenset(
    """ballistic cruise hypersonic anti-ship anti-aircraft anti-tank surface-to-air air-to-air attack kamikaze
    one-way loitering artillery guided unguided glide tactical fighter combat military""".split()
)

MONTHS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# capitalised words that start sentences or headings and never start a name
NOT_NAME_WORDS = frozenset(
    """the a an this that these those it its they their he she his her we our i you on in at of for from
    by with and or but as to since after before while when where which who said says according however
    also then there here some many several both all each other""".split()
)

# weapon phrases: a class ("anti-ship ballistic missiles") or a model ("Shahed-136 attack drones")
WEAPON_CLASS_HEADS = frozenset(
    """missile missiles rocket rockets shell shells round rounds projectile projectiles drone drones bomb bombs
    torpedo torpedoes mine mines grenade grenades launcher launchers gun guns howitzer howitzers""".split()
)
WEAPON_PLATFORM_HEADS = frozenset(
    "jet jets fighter fighters aircraft helicopter helicopters tank tanks system systems boat boats vessel".split()
)
WEAPON_CLASS_MODIFIERS = frozenset(
    """ballistic cruise hypersonic anti ship tank aircraft air surface range short medium long intermediate
    attack kamikaze loitering one way artillery guided glide multiple rocket self propelled unmanned suicide
    explosive drone precision tactical strike naval sea launched to""".split()
)

# last words of organisation names: "US Navy", "Hellenic Coast Guard", "Office of Foreign Assets Control"
ORG_SUFFIXES = frozenset(
    """navy guard command operations ministry agency authority service services forces force council office
    department institute bureau commission committee maritime shipping logistics industries group lines line
    company corporation research staff treasury customs police army corps directorate administration
    inc corp ltd llc plc fz gmbh sa ag""".split()
)

# prefixes of ships' names: "HMS Belos", "INS Kolkata", "USS Carney", "MV Rubymar"
SHIP_PREFIXES = frozenset(
    """HMS USS USNS INS HMCS HMAS HNLMS HDMS KRI RFS FGS ROKS JS TCG ITS MV MT SS RV FV LNG/C BRP PLANS CCG
    CCGS USCGC HMNZS ROCS HTMS KD RSS BNS PNS SLNS ARA ENS IRIS NRP SPS BAP FPV""".split()
)
SHIP_PREFIXES_LOWER = frozenset(p.lower() for p in SHIP_PREFIXES)

# verbs whose subject is a ship: "the Marbella Song sailed", "X ran aground", "X switched off its AIS"
SHIP_VERBS = frozenset("sail dock berth anchor moor sink capsize run switch load unload offload".split())
SHIP_VERBS_INTRANSITIVE = frozenset("sail sink capsize dock berth".split())  # with an object: the agent
# passive verbs whose subject is a ship: "X was boarded", "X was towed"
SHIP_PASSIVES = frozenset("board seize tow strike track flag scuttle impound hijack ground".split())
# a ship's parts and people: "X's crew", "X's AIS transponder"
SHIP_PARTS = frozenset(
    """crew crews captain master hull bow stern deck decks cargo hold holds engine engines ais transponder
    rudder propeller bridge anchor mast tanks lifeboat lifeboats""".split()
)
# shipping verbs after which even a name the model calls a person is a port: "berthed at Olbeth"
STRONG_PORT_VERBS = frozenset("divert reroute redirect berth dock moor call".split())
# first words of organisations' names in other languages: "Prefectura Naval Argentina", "Guardia Costiera"
FOREIGN_ORG_HEADS = frozenset(
    """prefectura armada guardia marina fuerza fuerzas ministerio ministère ministero marinha policía polícia
    gendarmería gendarmerie garde bundesmarine küstenwache kustwacht""".split()
)
# words capitalised at a sentence's start that are no entity alone: "Ships were seen"
NOT_ENTITY_WORDS = frozenset("ais ship ships vessel vessels boats crews sailors satellite satellites".split())
# last words of names of agreements and installations, which act on nothing: "Mutual Defense Treaty"
NOT_ENTITY_HEADS = frozenset("treaty treaties agreement accord accords pact convention protocol".split())
# last words of a state's bodies, whose names may go on with 'of the' and the state
STATE_BODY_WORDS = frozenset("forces force navy army guard police corps ministry command gendarmerie".split())
# what a ship loads: "X loaded crude"
CARGO_WORDS = frozenset("cargo crude oil fuel diesel coal grain containers container gas lng ore wheat".split())
