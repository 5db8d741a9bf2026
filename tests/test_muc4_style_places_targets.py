"""MUC-4 style sentences written for this file (1989-90 wire and radio news from Colombia, El Salvador,
Peru, Guatemala, Honduras, Bolivia, Chile, Ecuador, Nicaragua; ALL CAPS as distributed, and French
mixed-case versions): the place as told, with its country; the physical targets; the perpetrators.
Each is read through the MUC-4 adapter's own fills (:func:`bilan.evaluate.muc4.pred_slots`), so a
pass is what the MUC-4 scorer would count.

A row is ``(text, place, country, targets, perpetrators)``; ``A|B`` accepts either words; a place,
target or perpetrator matches when its words are found, as whole words, in one of our fills (name
or mention), accents and case folded. A sentence with no perpetrator named expects none checked."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from extracting import found, incidents

from bilan.evaluate.muc4 import pred_slots

PUBLISHED = dt.date(1990, 2, 14)

# English, ALL CAPS as the wires sent it
EN = [
 ("TERRORISTS TODAY BLEW UP AN ELECTRIC POWER TOWER IN THE TOWN OF SEGOVIA, ANTIOQUIA DEPARTMENT.", "SEGOVIA", "CO", ["POWER TOWER"], ["TERRORISTS"]),
 ("A BOMB EXPLODED TODAY AT A BRANCH OF THE BANCO CAFETERO IN GIRARDOT, 90 KM SOUTHWEST OF BOGOTA.", "GIRARDOT", "CO", ["BANCO CAFETERO"], []),
 ("GUERRILLAS OF THE NATIONAL LIBERATION ARMY (ELN) DYNAMITED THE CANO LIMON-COVENAS OIL PIPELINE NEAR SARAVENA, ARAUCA DEPARTMENT.", "SARAVENA", "CO", ["PIPELINE"], ["ELN|NATIONAL LIBERATION ARMY"]),
 ("URBAN COMMANDOS OF THE FMLN ATTACKED THE NATIONAL GUARD HEADQUARTERS ON THE OUTSKIRTS OF SAN SALVADOR LAST NIGHT.", "SAN SALVADOR", "SV", ["HEADQUARTERS"], ["FMLN|URBAN COMMANDOS"]),
 ("A CAR BOMB EXPLODED IN LIMA'S SAN ISIDRO DISTRICT, DAMAGING FIVE HOUSES AND A SUPERMARKET.", "SAN ISIDRO", "PE", ["HOUSES", "SUPERMARKET"], []),
 ("SHINING PATH GUERRILLAS DYNAMITED THE OFFICES OF THE AMERICAN POPULAR REVOLUTIONARY ALLIANCE IN HUANCAYO, JUNIN DEPARTMENT.", "HUANCAYO", "PE", ["OFFICES"], ["SHINING PATH"]),
 ("MEMBERS OF THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) SET FIRE TO THREE BUSES IN AYACUCHO.", "AYACUCHO", "PE", ["BUSES"], ["MRTA|TUPAC AMARU"]),
 ("UNIDENTIFIED INDIVIDUALS HURLED A BOMB AT THE U.S. EMBASSY IN TEGUCIGALPA, DAMAGING THE BUILDING'S FACADE.", "TEGUCIGALPA", "HN", ["EMBASSY"], ["UNIDENTIFIED INDIVIDUALS"]),
 ("HEAVILY ARMED MEN BURNED A TRUCK OF THE NATIONAL ELECTRIC COMPANY IN THE NORTHERN DEPARTMENT OF CHALATENANGO.", "CHALATENANGO", "SV", ["TRUCK"], ["ARMED MEN"]),
 ("THE EXTRADITABLES CLAIMED RESPONSIBILITY FOR THE BOMB THAT DESTROYED THE OFFICES OF THE NEWSPAPER EL ESPECTADOR IN BOGOTA.", "BOGOTA", "CO", ["OFFICES|EL ESPECTADOR"], ["EXTRADITABLES"]),
 ("A BOMB ATTRIBUTED TO THE MEDELLIN CARTEL DAMAGED A BRANCH OF THE BANCO DE COLOMBIA IN CALI.", "CALI", "CO", ["BANCO DE COLOMBIA|BRANCH"], ["MEDELLIN CARTEL"]),
 ("FARC GUERRILLAS ATTACKED A MILITARY BASE IN REMEDIOS MUNICIPALITY, ANTIOQUIA.", "REMEDIOS", "CO", ["MILITARY BASE"], ["FARC"]),
 ("MEMBERS OF THE POPULAR LIBERATION ARMY (EPL) BLEW UP A BRIDGE NEAR MONTERIA, CORDOBA DEPARTMENT.", "MONTERIA", "CO", ["BRIDGE"], ["EPL|POPULAR LIBERATION ARMY"]),
 ("M-19 GUERRILLAS SEIZED AND BURNED TWO VEHICLES OF THE TELECOM COMPANY IN POPAYAN, CAUCA DEPARTMENT.", "POPAYAN", "CO", ["VEHICLES"], ["M-19"]),
 ("DEATH SQUADS SET FIRE TO THE HOME OF A UNION LEADER IN SANTA ANA, WESTERN EL SALVADOR.", "SANTA ANA", "SV", ["HOME"], ["DEATH SQUADS"]),
 ("A DYNAMITE CHARGE DESTROYED A HIGH-TENSION TOWER IN THE DEPARTMENT OF JUNIN, CUTTING POWER TO LIMA.", "JUNIN", "PE", ["TOWER"], []),
 ("SENDERO LUMINOSO MEMBERS ATTACKED A POLICE STATION IN THE TOWN OF TINGO MARIA, HUANUCO DEPARTMENT.", "TINGO MARIA", "PE", ["POLICE STATION"], ["SENDERO LUMINOSO"]),
 ("GUERRILLAS BLEW UP FOUR ELECTRICITY POLES IN USULUTAN DEPARTMENT, LEAVING THE EASTERN ZONE WITHOUT POWER.", "USULUTAN", "SV", ["POLES"], ["GUERRILLAS"]),
 ("TERRORISTS DYNAMITED THE HEADQUARTERS OF THE NATIONALIST REPUBLICAN ALLIANCE (ARENA) IN SAN MIGUEL.", "SAN MIGUEL", "SV", ["HEADQUARTERS"], ["TERRORISTS"]),
 ("A BOMB EXPLODED LAST NIGHT AT THE MORMON CHURCH IN LA PAZ, CAUSING HEAVY DAMAGE.", "LA PAZ", "BO", ["CHURCH"], []),
 ("THE ZARATE WILLKA ARMED LIBERATION FORCES CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE U.S. EMBASSY IN LA PAZ.", "LA PAZ", "BO", ["EMBASSY"], ["ZARATE WILLKA"]),
 ("MEMBERS OF THE MANUEL RODRIGUEZ PATRIOTIC FRONT (FPMR) PLANTED A BOMB AT A BANK IN SANTIAGO.", "SANTIAGO", "CL", ["BANK"], ["FPMR|MANUEL RODRIGUEZ"]),
 ("AN EXPLOSIVE DEVICE DAMAGED AN ELECTRIC POWER SUBSTATION IN VALPARAISO.", "VALPARAISO", "CL", ["SUBSTATION"], []),
 ("ALFARO VIVE CARAJO GUERRILLAS ATTACKED A POLICE POST IN GUAYAQUIL.", "GUAYAQUIL", "EC", ["POLICE POST"], ["ALFARO VIVE"]),
 ("CONTRA REBELS BURNED A COOPERATIVE IN JINOTEGA DEPARTMENT.", "JINOTEGA", "NI", ["COOPERATIVE"], ["CONTRA"]),
 ("GUATEMALAN GUERRILLAS BLEW UP A BRIDGE IN THE DEPARTMENT OF QUICHE.", "QUICHE", "GT", ["BRIDGE"], ["GUERRILLAS"]),
 ("UNIDENTIFIED MEN MACHINEGUNNED THE HOUSE OF A JUDGE IN QUETZALTENANGO.", "QUETZALTENANGO", "GT", ["HOUSE"], ["UNIDENTIFIED MEN"]),
 ("A BOMB DESTROYED THE OFFICES OF THE HONDURAN-AMERICAN CULTURAL INSTITUTE IN SAN PEDRO SULA.", "SAN PEDRO SULA", "HN", ["OFFICES"], []),
 ("GUERRILLAS ATTACKED THE HYDROELECTRIC DAM AT CERRON GRANDE, 60 KM NORTH OF SAN SALVADOR.", "CERRON GRANDE", "SV", ["DAM"], ["GUERRILLAS"]),
 ("FMLN REBELS BLEW UP A BRIDGE OVER THE LEMPA RIVER IN SAN VICENTE DEPARTMENT.", "SAN VICENTE", "SV", ["BRIDGE"], ["FMLN"]),
 ("IN THE TOWN OF BARRANCABERMEJA, SANTANDER DEPARTMENT, ELN GUERRILLAS DYNAMITED AN ECOPETROL PIPELINE.", "BARRANCABERMEJA", "CO", ["PIPELINE"], ["ELN"]),
 ("IN MEDELLIN, A CAR BOMB DAMAGED 20 HOUSES IN THE BELEN NEIGHBORHOOD.", "MEDELLIN|BELEN", "CO", ["HOUSES"], []),
 ("GUERRILLAS OF THE SIMON BOLIVAR GUERRILLA COORDINATING BOARD ATTACKED THE TOWN HALL IN THE MUNICIPALITY OF SAN VICENTE DEL CAGUAN, CAQUETA.", "SAN VICENTE DEL CAGUAN", "CO", ["TOWN HALL"], ["SIMON BOLIVAR"]),
 ("A GROUP OF 20 HEAVILY ARMED MEN ATTACKED THE MAYOR'S OFFICE IN YARUMAL, ANTIOQUIA.", "YARUMAL", "CO", ["MAYOR'S OFFICE"], ["ARMED MEN"]),
 ("TERRORISTS SET OFF A BOMB AT A POWER PLANT IN THE CITY OF CHIMBOTE, 420 KM NORTH OF LIMA.", "CHIMBOTE", "PE", ["POWER PLANT"], ["TERRORISTS"]),
 ("PERUVIAN POLICE REPORTED THAT SHINING PATH REBELS BLEW UP THREE HIGH-VOLTAGE TOWERS IN HUANCAVELICA.", "HUANCAVELICA", "PE", ["TOWERS"], ["SHINING PATH"]),
 ("THE HOME OF THE MAYOR OF PUERTO BOYACA WAS DESTROYED BY A DYNAMITE ATTACK CARRIED OUT BY DRUG TRAFFICKERS.", "PUERTO BOYACA", "CO", ["HOME"], ["DRUG TRAFFICKERS"]),
 ("A BUS WAS BURNED BY FMLN URBAN COMMANDOS IN THE SOYAPANGO NEIGHBORHOOD OF SAN SALVADOR.", "SOYAPANGO|SAN SALVADOR", "SV", ["BUS"], ["FMLN|URBAN COMMANDOS"]),
 ("THE ATTACK ON THE POLICE STATION IN SAN JUAN DE LURIGANCHO WAS ATTRIBUTED TO THE MRTA.", "SAN JUAN DE LURIGANCHO", "PE", ["POLICE STATION"], ["MRTA"]),
 ("NATIONAL POLICE SOURCES ATTRIBUTED THE BOMBING OF THE LIBERAL PARTY OFFICES IN PEREIRA TO THE MEDELLIN CARTEL.", "PEREIRA", "CO", ["OFFICES"], ["MEDELLIN CARTEL"]),
 ("SALVADORAN GUERRILLAS SABOTAGED THE POWER LINES SUPPLYING SAN SALVADOR.", "SAN SALVADOR", "SV", ["POWER LINES"], ["GUERRILLAS"]),
 ("THE ARMY REPORTED THAT REBELS BURNED FIVE TRACTORS ON A COFFEE PLANTATION IN THE DEPARTMENT OF USULUTAN.", "USULUTAN", "SV", ["TRACTORS"], ["REBELS"]),
 ("A POWERFUL BOMB EXPLODED IN FRONT OF THE AVIANCA OFFICES IN BARRANQUILLA.", "BARRANQUILLA", "CO", ["OFFICES|AVIANCA"], []),
 ("TERRORISTS ATTACKED THE SOVIET EMBASSY IN LIMA WITH DYNAMITE.", "LIMA", "PE", ["EMBASSY"], ["TERRORISTS"]),
 ("GUERRILLAS DESTROYED A TELEPHONE EXCHANGE IN THE TOWN OF PUERTO BERRIO.", "PUERTO BERRIO", "CO", ["TELEPHONE EXCHANGE"], ["GUERRILLAS"]),
 ("ELN MEMBERS BURNED THREE TANKER TRUCKS NEAR TIBU, NORTE DE SANTANDER DEPARTMENT.", "TIBU", "CO", ["TRUCKS"], ["ELN"]),
 ("FIVE MEN ARMED WITH MACHINEGUNS RAIDED A RADIO STATION IN CHINANDEGA.", "CHINANDEGA", "NI", ["RADIO STATION"], ["MEN"]),
 ("A DYNAMITE ATTACK DAMAGED THE JAPANESE EMBASSY IN LIMA'S MIRAFLORES DISTRICT.", "MIRAFLORES", "PE", ["EMBASSY"], []),
 ("THE FMLN CLAIMED RESPONSIBILITY FOR BLOWING UP TWO BRIDGES IN MORAZAN DEPARTMENT.", "MORAZAN", "SV", ["BRIDGES"], ["FMLN"]),
 ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED THE 4TH INFANTRY BRIGADE BARRACKS IN EL PARAISO, CHALATENANGO.", "EL PARAISO", "SV", ["BARRACKS"], ["FARABUNDO MARTI"]),
 ("TERRORISTS HURLED A GRENADE AT THE HOME OF A CONGRESSMAN IN THE CITY OF COCHABAMBA.", "COCHABAMBA", "BO", ["HOME"], ["TERRORISTS"]),
 ("A BOMB PLANTED BY UNIDENTIFIED PERSONS DAMAGED THE MORMON TEMPLE IN ORURO.", "ORURO", "BO", ["TEMPLE"], ["UNIDENTIFIED PERSONS"]),
 ("LEFTIST REBELS ATTACKED A MILITARY PATROL AND BURNED A JEEP NEAR ZACAPA.", "ZACAPA", "GT", ["JEEP"], ["REBELS"]),
 ("MEMBERS OF THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) DYNAMITED AN ELECTRIC TOWER IN ESCUINTLA.", "ESCUINTLA", "GT", ["TOWER"], ["URNG|GUATEMALAN NATIONAL REVOLUTIONARY UNITY"]),
 ("A BOMB EXPLODED AT THE PRESIDENTIAL PALACE IN GUATEMALA CITY.", "GUATEMALA", "GT", ["PRESIDENTIAL PALACE"], []),
 ("CINCHONERO POPULAR LIBERATION MOVEMENT GUERRILLAS ATTACKED A BUS CARRYING U.S. SOLDIERS NEAR LA CEIBA.", "LA CEIBA", "HN", ["BUS"], ["CINCHONERO"]),
 ("THE MORAZANIST PATRIOTIC FRONT CLAIMED RESPONSIBILITY FOR THE BOMB THAT DAMAGED A U.S. MILITARY VEHICLE IN COMAYAGUA.", "COMAYAGUA", "HN", ["VEHICLE"], ["MORAZANIST PATRIOTIC FRONT"]),
 ("THE NATIONAL POLICE SAID THAT NARCOTERRORISTS DYNAMITED THE OFFICES OF THE NEWSPAPER VANGUARDIA LIBERAL IN BUCARAMANGA.", "BUCARAMANGA", "CO", ["OFFICES|VANGUARDIA LIBERAL"], ["NARCOTERRORISTS"]),
 ("DRUG TRAFFICKERS SET OFF A CAR BOMB OUTSIDE THE DAS HEADQUARTERS IN BOGOTA.", "BOGOTA", "CO", ["HEADQUARTERS"], ["DRUG TRAFFICKERS"]),
 ("IN VILLAVICENCIO, META DEPARTMENT, GUERRILLAS BURNED A GOVERNMENT TRUCK.", "VILLAVICENCIO", "CO", ["TRUCK"], ["GUERRILLAS"]),
 ("THE EPL BLEW UP AN OIL PIPELINE 30 KM EAST OF CAUCASIA.", "CAUCASIA", "CO", ["PIPELINE"], ["EPL"]),
 ("A BOMB DAMAGED THE HOUSE OF THE MAYOR OF APARTADO, IN THE URABA REGION.", "APARTADO", "CO", ["HOUSE"], []),
 ("THE ARMY SAID THAT FMLN GUERRILLAS HAD DESTROYED A POWER PYLON IN SANTA TECLA.", "SANTA TECLA", "SV", ["PYLON"], ["FMLN"]),
 ("TERRORISTS ATTACKED A BRANCH OF THE BANCO DE CREDITO IN AREQUIPA.", "AREQUIPA", "PE", ["BANCO DE CREDITO|BRANCH"], ["TERRORISTS"]),
 ("UNKNOWN ASSAILANTS SET FIRE TO TWO COOPERATIVE TRUCKS IN PUNO.", "PUNO", "PE", ["TRUCKS"], ["ASSAILANTS"]),
 ("GUERRILLAS BLEW UP THE TRANSANDEAN OIL PIPELINE IN NARINO DEPARTMENT.", "NARINO", "CO", ["PIPELINE"], ["GUERRILLAS"]),
 ("THE BUILDING OF THE CONSERVATIVE PARTY IN MANIZALES WAS DAMAGED BY A BOMB.", "MANIZALES", "CO", ["BUILDING"], []),
 ("A COMMAND OF THE ELN ATTACKED THE TOWN OF SAN PABLO, BOLIVAR DEPARTMENT, AND DESTROYED THE POLICE STATION.", "SAN PABLO", "CO", ["POLICE STATION"], ["ELN"]),
 ("HEAVILY ARMED MEN IN MILITARY UNIFORMS BURNED THE OFFICES OF A UNION IN SAN SALVADOR'S ZACAMIL DISTRICT.", "ZACAMIL|SAN SALVADOR", "SV", ["OFFICES"], ["ARMED MEN"]),
 ("A DYNAMITE BLAST DESTROYED A BRIDGE 40 KM NORTH OF HUANUCO.", "HUANUCO", "PE", ["BRIDGE"], []),
 ("A BOMB EXPLODED AT THE OFFICES OF THE CHRISTIAN DEMOCRATIC PARTY IN SANTIAGO, CHILE.", "SANTIAGO", "CL", ["OFFICES"], []),
 ("REBELS DAMAGED THE ELECTRIC POWER GRID IN LA UNION DEPARTMENT.", "LA UNION", "SV", ["GRID"], ["REBELS"]),
 ("TERRORISTS BOMBED A POWER STATION IN QUITO.", "QUITO", "EC", ["POWER STATION"], ["TERRORISTS"]),
 ("URBAN GUERRILLAS FIRED ROCKETS AT THE PRESIDENTIAL RESIDENCE IN SAN SALVADOR.", "SAN SALVADOR", "SV", ["PRESIDENTIAL RESIDENCE"], ["GUERRILLAS"]),
 ("GUNMEN ATTACKED A RADIO STATION IN THE TOWN OF ZARAGOZA, LA LIBERTAD DEPARTMENT.", "ZARAGOZA", "SV", ["RADIO STATION"], ["GUNMEN"]),
 ("ELN GUERRILLAS BURNED TWO BULLDOZERS OF A CONSTRUCTION COMPANY IN ARAUCA.", "ARAUCA", "CO", ["BULLDOZERS"], ["ELN"]),
 ("A BOMB DESTROYED THE HEADQUARTERS OF THE PATRIOTIC UNION PARTY IN MEDELLIN.", "MEDELLIN", "CO", ["HEADQUARTERS"], []),
 ("TERRORISTS BLEW UP THE WATER PIPELINE THAT SUPPLIES TRUJILLO, 560 KM NORTH OF LIMA.", "TRUJILLO", "PE", ["PIPELINE"], ["TERRORISTS"]),
 ("GUERRILLAS SET FIRE TO A TRAIN IN THE PROVINCE OF HUAROCHIRI, EAST OF LIMA.", "HUAROCHIRI", "PE", ["TRAIN"], ["GUERRILLAS"]),
 ("A BOMB EXPLODED AT A SUPERMARKET IN THE ESCALON NEIGHBORHOOD OF SAN SALVADOR.", "ESCALON|SAN SALVADOR", "SV", ["SUPERMARKET"], []),
 ("THE U.S. EMBASSY IN BOGOTA WAS DAMAGED BY A BOMB PLANTED BY M-19 GUERRILLAS.", "BOGOTA", "CO", ["EMBASSY"], ["M-19"]),
 ("GUERRILLAS SEIZED THE TOWN OF PAJARITO, BOYACA, AND BURNED THE TELECOM OFFICE.", "PAJARITO", "CO", ["TELECOM OFFICE|OFFICE"], ["GUERRILLAS"]),
 ("SHINING PATH TERRORISTS DYNAMITED A BRIDGE IN THE NORTHERN DEPARTMENT OF ANCASH.", "ANCASH", "PE", ["BRIDGE"], ["SHINING PATH"]),
 ("THE MRTA CLAIMED RESPONSIBILITY FOR THE ATTACK ON A KENTUCKY FRIED CHICKEN RESTAURANT IN LIMA.", "LIMA", "PE", ["RESTAURANT|KENTUCKY FRIED CHICKEN"], ["MRTA"]),
 ("AN ELECTRIC TOWER WAS DYNAMITED IN THE MUNICIPALITY OF SAN ROQUE, ANTIOQUIA, BY UNIDENTIFIED INDIVIDUALS.", "SAN ROQUE", "CO", ["TOWER"], ["UNIDENTIFIED INDIVIDUALS"]),
 ("GUERRILLAS BURNED A TRUCK ON THE OUTSKIRTS OF SAN MIGUEL, 138 KM EAST OF SAN SALVADOR.", "SAN MIGUEL", "SV", ["TRUCK"], ["GUERRILLAS"]),
 # "SAN X" after a town word ("THE OUTSKIRTS OF", "THE TOWN OF", "THE MUNICIPALITY OF"): the whole name, not
 # a "SAN" abroad (round 3)
 ("UNIDENTIFIED MEN BURNED A BUS ON THE OUTSKIRTS OF SAN CARLOS, ANTIOQUIA DEPARTMENT.", "SAN CARLOS", "CO", ["BUS"], ["UNIDENTIFIED MEN"]),
 ("GUERRILLAS DYNAMITED A BRIDGE IN THE TOWN OF SAN RAFAEL, ANTIOQUIA.", "SAN RAFAEL", "CO", ["BRIDGE"], ["GUERRILLAS"]),
 ("TERRORISTS BURNED THE MAYOR'S OFFICE IN THE MUNICIPALITY OF SAN LUIS, TOLIMA DEPARTMENT.", "SAN LUIS", "CO", ["MAYOR'S OFFICE"], ["TERRORISTS"]),
 ("REBELS SET FIRE TO A TRUCK ON THE OUTSKIRTS OF SANTA ROSA DE LIMA, LA UNION DEPARTMENT.", "SANTA ROSA DE LIMA", "SV", ["TRUCK"], ["REBELS"]),
 # a longer name that opens before the cue ("PICKUP NEAR SONSONATE", "WEST OF AGUACHICA", "OUTSKIRTS OF
 # OCOTAL") hides the cued name inside it: the name after the cue word is read (round 4, h-muc4phys)
 ("ARMED MEN BURNED A GRAIN WAREHOUSE NEAR PUERTO LOPEZ, META DEPARTMENT.", "PUERTO LOPEZ", "CO", ["WAREHOUSE"], ["ARMED MEN"]),
 ("GUERRILLAS DYNAMITED A WATER TANK 15 KM WEST OF AGUACHICA.", "AGUACHICA", "CO", ["WATER TANK|TANK"], ["GUERRILLAS"]),
 ("CONTRA REBELS BURNED A STATE FARM ON THE OUTSKIRTS OF OCOTAL, NUEVA SEGOVIA DEPARTMENT.", "OCOTAL", "NI", ["FARM"], ["CONTRA"]),
 ("GUERRILLAS BLEW UP A PICKUP NEAR SONSONATE.", "SONSONATE", "SV", ["PICKUP"], ["GUERRILLAS"]),
 ("Armed men burned a grain warehouse near Puerto Lopez, Meta department.", "Puerto Lopez", "CO", ["warehouse"], ["armed men"]),
 ("Guerrillas blew up a pickup near Sonsonate.", "Sonsonate", "SV", ["pickup"], ["guerrillas"]),
 # what a branch, an office or a headquarters is of ("A BRANCH OF THE BANCO DE BOGOTA"): the owner's name
 # is part of the target; power poles, towers, tractors and tanks are what sabotage hits (round 4)
 ("A BOMB DESTROYED A BRANCH OF THE BANCO DE BOGOTA IN NEIVA.", "NEIVA", "CO", ["BANCO DE BOGOTA"], []),
 ("TERRORISTS BURNED THE OFFICES OF THE NEWSPAPER LA PRENSA IN CHINANDEGA.", "CHINANDEGA", "NI", ["LA PRENSA"], ["TERRORISTS"]),
 ("A bomb damaged a branch of the Banco de Bogota in Neiva.", "Neiva", "CO", ["Banco de Bogota"], []),
 ("GUERRILLAS BLEW UP NINE HIGH-TENSION POLES NEAR SONSONATE.", "SONSONATE", "SV", ["POLES"], ["GUERRILLAS"]),
 ("REBELS DYNAMITED TWO TOWERS OF THE POWER GRID NEAR AGUACHICA.", "AGUACHICA", "CO", ["TOWERS"], ["REBELS"]),
 ("ARMED MEN BURNED THREE TRACTORS AND A WATER TANK NEAR PUERTO LOPEZ.", "PUERTO LOPEZ", "CO", ["TRACTORS", "WATER TANK"], ["ARMED MEN"]),
 ("Rebels blew up nine electricity poles near Sonsonate.", "Sonsonate", "SV", ["poles"], ["rebels"]),
 # a town in the owner's name is no place of the event ("the Banco de Lima", written with the rule)
 ("A bomb damaged the offices of the Banco de Lima in Trujillo.", "Trujillo", "PE", ["Banco de Lima"], []),
]
# French, mixed case
FR = [
 ("Des terroristes ont fait sauter un pylône électrique dans la ville de Segovia, département d'Antioquia.", "Segovia", "CO", ["pylône"], ["terroristes"]),
 ("Une bombe a explosé devant une agence de la Banco Cafetero à Girardot, à 90 km au sud-ouest de Bogota.", "Girardot", "CO", ["agence|Banco Cafetero"], []),
 ("Des guérilleros de l'Armée de libération nationale (ELN) ont dynamité l'oléoduc Caño Limón-Coveñas près de Saravena, département d'Arauca.", "Saravena", "CO", ["oléoduc"], ["ELN|Armée de libération nationale"]),
 ("Des commandos urbains du FMLN ont attaqué le quartier général de la Garde nationale dans la banlieue de San Salvador.", "San Salvador", "SV", ["quartier général"], ["FMLN|commandos urbains"]),
 ("Une voiture piégée a explosé dans le quartier de San Isidro, à Lima, endommageant cinq maisons.", "San Isidro", "PE", ["maisons"], []),
 ("Des guérilleros du Sentier lumineux ont dynamité les locaux de l'APRA à Huancayo, département de Junín.", "Huancayo", "PE", ["locaux"], ["Sentier lumineux"]),
 ("Des membres du Mouvement révolutionnaire Tupac Amaru (MRTA) ont incendié trois autobus à Ayacucho.", "Ayacucho", "PE", ["autobus"], ["MRTA|Tupac Amaru"]),
 ("Des individus non identifiés ont lancé une bombe contre l'ambassade des États-Unis à Tegucigalpa.", "Tegucigalpa", "HN", ["ambassade"], ["individus non identifiés"]),
 ("Des hommes lourdement armés ont incendié un camion de la compagnie d'électricité dans le département de Chalatenango, dans le nord du pays.", "Chalatenango", "SV", ["camion"], ["hommes lourdement armés"]),
 ("Les Extradables ont revendiqué l'attentat qui a détruit les locaux du journal El Espectador à Bogota.", "Bogota", "CO", ["locaux|El Espectador"], ["Extradables"]),
 ("Une bombe attribuée au cartel de Medellín a endommagé une agence de la Banco de Colombia à Cali.", "Cali", "CO", ["agence|Banco de Colombia"], ["cartel de Medellín"]),
 ("Des guérilleros des FARC ont attaqué une base militaire dans la municipalité de Remedios, dans l'Antioquia.", "Remedios", "CO", ["base militaire"], ["FARC"]),
 ("Des membres de l'Armée populaire de libération (EPL) ont fait sauter un pont près de Montería, département de Córdoba.", "Montería", "CO", ["pont"], ["EPL|Armée populaire de libération"]),
 ("Des escadrons de la mort ont incendié la maison d'un dirigeant syndical à Santa Ana, dans l'ouest du Salvador.", "Santa Ana", "SV", ["maison"], ["escadrons de la mort"]),
 ("Des membres du Sentier lumineux ont attaqué un poste de police dans la ville de Tingo María, département de Huánuco.", "Tingo María", "PE", ["poste de police"], ["Sentier lumineux"]),
 ("Des guérilleros ont fait sauter quatre poteaux électriques dans le département d'Usulután.", "Usulután", "SV", ["poteaux"], ["guérilleros"]),
 ("Une bombe a explosé dans une église mormone à La Paz, causant d'importants dégâts.", "La Paz", "BO", ["église"], []),
 ("Des membres du Front patriotique Manuel Rodríguez (FPMR) ont posé une bombe dans une banque à Santiago.", "Santiago", "CL", ["banque"], ["FPMR|Manuel Rodríguez"]),
 ("Des rebelles de la Contra ont incendié une coopérative dans le département de Jinotega.", "Jinotega", "NI", ["coopérative"], ["Contra"]),
 ("Des hommes non identifiés ont mitraillé la maison d'un juge à Quetzaltenango.", "Quetzaltenango", "GT", ["maison"], ["hommes non identifiés"]),
 ("Dans la ville de Barrancabermeja, département de Santander, des guérilleros de l'ELN ont dynamité un oléoduc.", "Barrancabermeja", "CO", ["oléoduc"], ["ELN"]),
 ("Un autobus a été incendié par des commandos urbains du FMLN à Soyapango, près de San Salvador.", "Soyapango", "SV", ["autobus"], ["FMLN|commandos urbains"]),
 ("L'attaque contre le poste de police de San Juan de Lurigancho a été attribuée au MRTA.", "San Juan de Lurigancho", "PE", ["poste de police"], ["MRTA"]),
 ("Des terroristes ont attaqué l'ambassade soviétique à Lima à la dynamite.", "Lima", "PE", ["ambassade"], ["terroristes"]),
 ("Le FMLN a revendiqué la destruction de deux ponts dans le département de Morazán.", "Morazán", "SV", ["ponts"], ["FMLN"]),
 ("Des terroristes ont lancé une grenade contre la maison d'un député dans la ville de Cochabamba.", "Cochabamba", "BO", ["maison"], ["terroristes"]),
 ("Une bombe a explosé au palais présidentiel à Guatemala.", "Guatemala", "GT", ["palais présidentiel"], []),
 ("Des trafiquants de drogue ont fait exploser une voiture piégée devant le siège du DAS à Bogota.", "Bogota", "CO", ["siège"], ["trafiquants de drogue"]),
 ("L'EPL a fait sauter un oléoduc à 30 km à l'est de Caucasia.", "Caucasia", "CO", ["oléoduc"], ["EPL"]),
 ("Des guérilleros ont incendié un train dans la province de Huarochirí, à l'est de Lima.", "Huarochirí", "PE", ["train"], ["guérilleros"]),
 ("L'ambassade des États-Unis à Bogota a été endommagée par une bombe posée par des guérilleros du M-19.", "Bogota", "CO", ["ambassade"], ["M-19"]),
 ("Des terroristes du Sentier lumineux ont dynamité un pont dans le département d'Ancash, dans le nord du pays.", "Ancash", "PE", ["pont"], ["Sentier lumineux"]),
 ("Un pylône électrique a été dynamité dans la municipalité de San Roque, Antioquia, par des individus non identifiés.", "San Roque", "CO", ["pylône"], ["individus non identifiés"]),
 # « San X » après un mot de lieu (« la banlieue de », « la municipalité de ») ; et en capitales (3e tour)
 ("Des guérilleros ont dynamité un pont dans la municipalité de San Carlos, département d'Antioquia.", "San Carlos", "CO", ["pont"], ["guérilleros"]),
 ("DES GUERILLEROS ONT INCENDIE UN AUTOBUS DANS LA BANLIEUE DE SAN MIGUEL, DANS L'EST DU SALVADOR.", "SAN MIGUEL", "SV", ["AUTOBUS"], ["GUERILLEROS"]),
 ("DES TERRORISTES ONT DYNAMITE UN PYLONE ELECTRIQUE DANS LA VILLE DE SAN ROQUE, DEPARTEMENT D'ANTIOQUIA.", "SAN ROQUE", "CO", ["PYLONE"], ["TERRORISTES"]),
 # un nom plus long ouvert avant l'indice cache le nom qui le suit (4e tour)
 ("DES GUERILLEROS ONT FAIT SAUTER UNE CAMIONNETTE PRES DE SONSONATE.", "SONSONATE", "SV", ["CAMIONNETTE"], ["GUERILLEROS"]),
 ("DES HOMMES ARMES ONT BRULE UN ENTREPOT A 15 KM A L'OUEST D'AGUACHICA.", "AGUACHICA", "CO", ["ENTREPOT"], ["HOMMES ARMES"]),
 ("Des guérilleros ont fait sauter une camionnette près de Sonsonate.", "Sonsonate", "SV", ["camionnette"], ["guérilleros"]),
 # le nom du propriétaire d'une agence, de locaux (« une agence du Banco de Bogota ») ; poteaux, tracteurs (4e tour)
 ("Une bombe a endommagé une agence du Banco de Bogota à Neiva.", "Neiva", "CO", ["Banco de Bogota"], []),
 ("Des terroristes ont incendié les locaux du journal La Prensa à Chinandega.", "Chinandega", "NI", ["La Prensa"], ["terroristes"]),
 ("Des rebelles ont incendié trois tracteurs près de Puerto López.", "Puerto López", "CO", ["tracteurs"], ["rebelles"]),
 ("Des guérilleros ont fait sauter neuf poteaux électriques près de Sonsonate.", "Sonsonate", "SV", ["poteaux"], ["guérilleros"]),
]


# (lang, row index, slot) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int, str], str] = {
    ("en", 38, "place"): "no place read",
    ("en", 39, "perp2"): "perpetrator missed",
    ("en", 46, "place"): "no incident read from the sentence",
    ("en", 46, "target1"): "no incident read from the sentence",
    ("en", 46, "perp2"): "no incident read from the sentence",
    ("en", 49, "place"): "place read as the department 'Chalatenango': the gazetteer has no El Paraíso in El Salvador and the run of capitals reads 'PARAISO' (Mexico), which the apposition does not bring home",
    ("en", 56, "place"): "place read as 'United States': 'U.S.' before 'MILITARY VEHICLE' (no noun of persons) votes for the story's country, so 'COMAYAGUA', read by its context alone, is dropped as a local place abroad",
    ("en", 75, "place"): "no place read: 'ARAUCA' (a town under 100,000) is a noun of the word list, dropped as a common word",
    ("fr", 35, "target1"): "French in capitals: the verb is read with its accents folded, but the lower-case parse of unaccented French ('DYNAMITE' an adjective) ties no object to it",
    ("fr", 3, "target1"): "target missed",
    ("fr", 4, "target1"): "target missed",
    ("fr", 12, "perp2"): "perpetrator missed",
    ("fr", 22, "place"): "no place read",
    ("fr", 37, "target1"): "an incident and its doer since h-capsparse ('ONT BRULE' read with its accent back, 'HOMMES ARMES' folded), but 'ENTREPOT' is no target: 'A 15 KM' read as « a » (avoir), the object hung on it",
}


@cache
def slots(text: str, lang: str) -> list[tuple[dict, object]]:
    return [(pred_slots(inc), inc) for inc in incidents(text, lang, PUBLISHED)]


def params():
    out = []
    for lang, rows in (("en", EN), ("fr", FR)):
        for i, (text, place, country, tgts, perps) in enumerate(rows):
            checks = [("place", (place, country))] + [("target", t) for t in tgts] + [("perp", p) for p in perps]
            for n, (slot, want) in enumerate(checks):
                key = (lang, i, slot if slot == "place" else f"{slot}{n}")
                marks = [pytest.mark.xfail(reason=XFAIL[key], strict=True)] if key in XFAIL else []
                out.append(pytest.param(text, lang, slot, want, marks=marks, id=f"{lang}{i:02d}-{key[2]}"))
    return out


@pytest.mark.parametrize("text,lang,slot,want", params())
def test_muc4_style_sentence(text, lang, slot, want):
    got = slots(text, lang)
    assert got, "no incident"
    if slot == "place":
        name, country = want
        locs = [(s["location"][0] if s["location"] else [], inc.location.country) for s, inc in got]
        assert any(found(name, fills) and c == country for fills, c in locs), locs
    elif slot == "target":
        fills = [f for s, _ in got for t in s["phys_target"] for f in t]
        assert found(want, fills), fills
    else:
        fills = [f for s, _ in got for p in s["perp"] for f in p]
        assert found(want, fills), fills


# An event first told with no place of its own (the dateline's town borrowed) and told again, the same
# day, by the same kind of act, with its own place, is one event, placed where the second telling says
# (round 4: "FOUR ENGINEERS WERE MURDERED LAST SUNDAY ... LAST SUNDAY, TERRORISTS MURDERED FOUR ENGINEERS
# ... IN THE SOUTHERN DEPARTMENT OF X" split in two when the department was read)
@pytest.mark.parametrize("text,lang,place", [
    ("LIMA, 12 FEB 90 (EFE) -- [TEXT] THREE TEACHERS WERE MURDERED LAST SUNDAY, POLICE SOURCES REPORTED "
     "TODAY.\n\n   LAST SUNDAY, TERRORISTS MURDERED THREE TEACHERS IN THE SMALL TOWN OF CHALHUANCA, IN THE "
     "SOUTHERN DEPARTMENT OF APURIMAC.", "en", "APURIMAC|CHALHUANCA"),
    ("Lima, Feb 12 (EFE) -- Three teachers were murdered on Sunday, police sources said today.\n\n"
     "On Sunday, rebels murdered three teachers in Andahuaylas, in the southern department of Apurimac.",
     "en", "Apurimac|Andahuaylas"),
    ("Lima, 12 février (EFE) -- Trois enseignants ont été assassinés dimanche, selon la police.\n\n"
     "Dimanche, des rebelles ont assassiné trois enseignants à Andahuaylas, dans le département d'Apurímac.",
     "fr", "Apurimac|Andahuaylas"),
])
def test_a_place_borrowed_from_the_dateline_does_not_split_the_event(text, lang, place):
    got = [(s, inc) for s, inc in slots(text, lang) if s["deaths"]]
    assert len(got) == 1, [(s["location"], s["deaths"]) for s, _ in got]
    assert found(place, got[0][0]["location"][0]), got[0][0]["location"]
