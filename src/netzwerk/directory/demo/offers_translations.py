"""Translations of some offer templates: English for a dozen, Arabic and Ukrainian for a few.

Fields left out fall back to German, as they do for real content.
"""

# German typography (en dashes, quotation marks) and native language names are intended.

TRANSLATIONS: dict[str, dict[str, dict[str, str]]] = {
    "mbe": {
        "en": {
            "title": "Migration counselling for adults in {ort}",
            "description": "Advice on residence, work, housing, health and family for immigrants aged 27 and "
            "over, especially in the first years after arrival.",
            "costs": "free of charge",
            "eligibility": "Immigrants aged 27 and over who are likely to stay.",
            "access": "Make an appointment by phone or email; no appointment needed during drop-in hours.",
        },
        "ar": {
            "title": "استشارات الهجرة للبالغين في {ort}",
            "description": "استشارات حول الإقامة والعمل والسكن والصحة والأسرة للمهاجرين من عمر 27 عامًا فما "
            "فوق، "
            "خاصة في السنوات الأولى بعد الوصول.",
            "costs": "مجانًا",
        },
        "uk": {
            "title": "Міграційні консультації для дорослих у {ort}",
            "description": "Консультації щодо перебування, роботи, житла, здоров'я та сім'ї для людей віком "
            "від "
            "27 років, особливо в перші роки після приїзду.",
            "costs": "безкоштовно",
        },
    },
    "jmd": {
        "en": {
            "title": "Youth migration service {ort}",
            "description": "Support for young immigrants aged 12 to 27 with school, vocational training, "
            "work "
            "and everyday life.",
            "costs": "free of charge",
            "eligibility": "Young people aged 12 to 27 with a migration background, and their parents.",
            "access": "Just drop in or make an appointment.",
        },
    },
    "eu_beratung": {
        "en": {
            "title": "Counselling for EU citizens",
            "description": "Questions about freedom of movement, registration, employment contracts, health "
            "insurance and social benefits.",
            "costs": "free of charge",
            "eligibility": "Immigrants from other EU member states and their families.",
            "access": "Make an appointment; counselling by phone is possible.",
        },
        "ro": {
            "title": "Consiliere pentru cetățenii Uniunii Europene",
            "description": "Întrebări despre libera circulație, înregistrare, contractul de muncă, "
            "asigurarea "
            "de sănătate și prestațiile sociale.",
        },
    },
    "antidiskriminierung": {
        "en": {
            "title": "Counselling on discrimination",
            "description": "Confidential counselling if you are treated unfairly in everyday life, when "
            "looking "
            "for a flat or at work; on request we accompany you to meetings and complaints.",
            "costs": "free of charge",
            "access": "Appointment by email or phone; anonymous if you wish.",
        },
    },
    "anerkennung": {
        "en": {
            "title": "Advice on the recognition of foreign qualifications",
            "description": "Which authority is responsible, which documents are needed and which bridging "
            "measures exist?",
            "costs": "free of charge",
            "access": "Make an appointment; please bring certificates and your CV.",
        },
    },
    "frauenschutz": {
        "en": {
            "title": "Protection and counselling for women affected by domestic violence",
            "description": "Available around the clock; women and their children are taken in, counselled "
            "and "
            "accompanied.",
            "opening_hours": "available around the clock",
            "costs": "free of charge",
            "access": "Please call; the address is not published to protect the residents.",
        },
        "ar": {
            "title": "الحماية والاستشارة للنساء المتضررات من العنف المنزلي",
            "description": "متاح على مدار الساعة؛ نستقبل النساء وأطفالهن ونقدم الاستشارة والمرافقة.",
        },
        "uk": {
            "title": "Захист і консультації для жінок, які постраждали від домашнього насильства",
            "description": "Цілодобово; приймаємо жінок разом із дітьми, консультуємо та супроводжуємо.",
        },
    },
    "integrationskurs": {
        "en": {
            "title": "German integration course in {ort}",
            "description": "German from A1 to B1 followed by the orientation course; morning and evening "
            "classes.",
            "costs": "Contribution according to the rules of the Federal Office for Migration and Refugees "
            "(BAMF); exemption on request",
            "eligibility": "People entitled or obliged to attend an integration course; EU citizens on "
            "request.",
            "access": "Placement test after registering at the school office.",
        },
        "ar": {
            "title": "دورة الاندماج لتعلم اللغة الألمانية في {ort}",
            "description": "اللغة الألمانية من المستوى A1 إلى B1 تليها دورة التوجيه؛ دورات صباحية ومسائية.",
        },
        "uk": {
            "title": "Інтеграційний курс німецької мови у {ort}",
            "description": "Німецька мова від рівня A1 до B1, після цього орієнтаційний курс; заняття "
            "вранці та "
            "ввечері.",
        },
    },
    "sprachcafe": {
        "en": {
            "title": "Language café – practise German in conversation",
            "description": "Volunteers and immigrants meet over tea and coffee and speak German together.",
            "costs": "free of charge",
            "access": "No registration needed, just drop in.",
        },
        "ar": {
            "title": "مقهى اللغة – تدرّب على الألمانية بالمحادثة",
            "description": "يلتقي المتطوعون والمهاجرون على الشاي والقهوة ويتحدثون بالألمانية.",
        },
    },
    "gesundheitslotsen": {
        "en": {
            "title": "Health guides",
            "description": "Trained volunteers explain the health care system and accompany people to "
            "medical "
            "appointments.",
            "costs": "free of charge",
        },
    },
    "pflege_ausbildung": {
        "en": {
            "title": "Nursing training for international applicants",
            "description": "General nursing training with language support, practical instruction and help "
            "with finding a flat.",
            "costs": "Training allowance according to the collective agreement",
            "eligibility": "School-leaving certificate equivalent to the German intermediate level; German "
            "at "
            "B1 or higher.",
        },
    },
    "wohnungssuche": {
        "en": {
            "title": "Flats and tenancy advice in {ort}",
            "description": "Vacant flats, help with the tenancy agreement and someone to ask about the "
            "service "
            "charge statement.",
            "costs": "advice free of charge",
            "access": "Make an appointment at the customer centre.",
        },
        "uk": {
            "title": "Квартири та консультації з питань оренди у {ort}",
            "description": "Вільні квартири, допомога з договором оренди та відповіді на питання щодо "
            "комунальних платежів.",
        },
    },
    "patenschaften": {
        "en": {
            "title": "Mentoring for newcomers",
            "description": "Volunteer mentors accompany newcomers during their first year: authorities, "
            "school, "
            "leisure time.",
            "costs": "free of charge",
        },
    },
    "sport": {
        "en": {
            "title": "Open training “Sport connects”",
            "description": "Football and volleyball for everyone aged 14 and over, "
            "no club membership needed.",
            "costs": "free of charge",
        },
    },
    "hausaufgaben": {
        "en": {
            "title": "Homework help in {ort}",
            "description": "Volunteers help pupils with homework and revising for tests.",
            "costs": "free of charge",
        },
    },
}
