"""Test-only names for traditions that the other reference sources (``benchmarks/drafts/names.py`` and the
``names-dataset`` extract) cover thinly or not at all: Somali, Kurdish, Traveller, South Asian, Vietnamese,
Romanian, East African, Arabic and Welsh names as British reports romanise them.

These lists feed the names set only. The detector never reads them (it learns from Faker's locale providers,
``redact/detect/recognizers/name_lexicon.py``), so the names set does not test the detector on its own lexicon.
Each tradition: (female given names, male given names, surnames).
"""

SUPPLEMENT: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "somali": (
        ("Hodan", "Ubah", "Sahra", "Faduma", "Ifrah", "Hibo", "Ayan", "Sagal", "Idil", "Nasteho", "Deeqa", "Ladan",
         "Filsan", "Ikran", "Hamdi", "Anab", "Khadra", "Sucaad"),
        ("Hamse", "Abdirahman", "Mahad", "Liban", "Abdiweli", "Guled", "Abdirizak", "Mohamud", "Abdikadir",
         "Bashir", "Sakariye", "Cabdi", "Khadar", "Abdiaziz", "Mukhtar", "Ilyas", "Shire"),
        ("Warsame", "Farah", "Jama", "Egal", "Hersi", "Warfaa", "Abdulle", "Samatar", "Osman", "Dualeh", "Aden",
         "Gedi", "Hirsi", "Elmi", "Ismail", "Abdillahi", "Guleid", "Omaar", "Xasan", "Fiqi"),
    ),
    "kurdish": (
        ("Rojda", "Berfin", "Dilan", "Rojin", "Shilan", "Zilan", "Jiyan", "Delal", "Hêvî", "Nazdar", "Bêrîvan",
         "Avesta", "Zozan", "Gulistan"),
        ("Çiya", "Zana", "Azad", "Baran", "Rêzan", "Şêrko", "Soran", "Nechirvan", "Kawa", "Hawre", "Bakhtiyar",
         "Dilshad", "Rebwar", "Karwan"),
        ("Barzani", "Talabani", "Zebari", "Hawrami", "Kurdi", "Amedi", "Rekani", "Berwari", "Mukriyani", "Botani",
         "Jaff", "Doski", "Shwani", "Sindi", "Xoşnaw", "Hewrami"),
    ),
    "traveller": (
        ("Winnie", "Nellie", "Sadie", "Roseanne", "Tilly", "Mena", "Chrissie", "Josie", "Kathleen", "Bridie"),
        ("Dinny", "Christy", "Hughie", "Levi", "Alfie", "Mikey", "Jimmy", "Tommy", "Paddy", "Sonny"),
        ("Ward", "Lee", "Price", "Loveridge", "Lovell", "Stanley", "Cash", "Delaney", "Gaskin", "McGinley",
         "Purcell", "Collins", "Cawley", "McInerney", "Quilligan", "Mongan", "Keenan", "Sherlock"),
    ),
    "punjabi": (
        ("Manpreet", "Kulwinder", "Rajinder", "Amandeep", "Gurdeep", "Sukhjit", "Parminder", "Jasleen", "Balbir",
         "Harleen", "Ravneet", "Kirandeep"),
        ("Sukhwinder", "Jaswinder", "Harminder", "Ranjit", "Gurmeet", "Inderjit", "Davinder", "Paramjit",
         "Charanjit", "Lakhvir", "Gurjit", "Tejinder"),
        ("Dhillon", "Bains", "Sahota", "Johal", "Atwal", "Bhamra", "Kang", "Sekhon", "Virdi", "Basra", "Chahal",
         "Bassi", "Hayer", "Randhawa", "Sangha", "Cheema", "Bhogal", "Mangat"),
    ),
    "pakistani": (
        ("Samina", "Bushra", "Farzana", "Shabana", "Nusrat", "Rizwana", "Uzma", "Asma", "Sobia", "Iram", "Mehwish"),
        ("Shahzad", "Waqas", "Kamran", "Adnan", "Mohammed", "Zahid", "Sajid", "Arshad", "Nadeem", "Usman",
         "Faisal", "Amjad"),
        ("Khan", "Butt", "Chaudhry", "Qureshi", "Malik", "Mirza", "Raja", "Bashir", "Siddiqui", "Aslam", "Javed",
         "Yousaf", "Shafiq", "Sarwar", "Riaz", "Nawaz", "Awan", "Shabbir"),
    ),
    "bangladeshi": (
        ("Shamima", "Rumana", "Jahanara", "Salma", "Farhana", "Sultana", "Momotaz", "Rupa"),
        ("Mizanur", "Shahidul", "Rafiqul", "Anwar", "Mujibur", "Abdus", "Helal", "Shafiqur"),
        ("Islam", "Hoque", "Ahmed", "Khatun", "Ali", "Sarkar", "Talukder", "Hossain", "Mollah", "Bhuiyan",
         "Sheikh", "Majumder"),
    ),
    "gujarati": (
        ("Jayshree", "Mital", "Falguni", "Hansa", "Urvashi", "Daksha", "Pinal", "Kinjal", "Dipti", "Varsha"),
        ("Bhavesh", "Mukesh", "Dipak", "Jayesh", "Hemant", "Kirit", "Paresh", "Sanjay", "Tushar", "Chirag"),
        ("Desai", "Joshi", "Modi", "Vaghela", "Chauhan", "Thakkar", "Lakhani", "Pandya", "Makwana", "Gohil", "Dave",
         "Kotecha", "Lad", "Rathod", "Trivedi", "Bhatt"),
    ),
    "tamil": (
        ("Kalaivani", "Sangeetha", "Yalini", "Priyadharshini", "Thamilini", "Saranya", "Sinthuja", "Abirami",
         "Meenakshi", "Vithya"),
        ("Murugan", "Kumaran", "Jeyakumar", "Nirojan", "Sutharsan", "Ragavan", "Kirushanth", "Mayuran",
         "Thanushan", "Vigneswaran"),
        ("Selvarajah", "Balasingam", "Ponnambalam", "Nadarajah", "Arulanantham", "Kandiah", "Sivapalan",
         "Thurairajah", "Mahendran", "Navaratnam", "Kanagaratnam", "Sinnathamby", "Paramsothy", "Ganeshalingam"),
    ),
    "west_african": (
        ("Chidera", "Ifeoma", "Nkechi", "Yewande", "Folake", "Akosua", "Afua", "Temitope", "Adjoa", "Ebele"),
        ("Obinna", "Tobenna", "Kwabena", "Olumide", "Ikechukwu", "Oluwatobi", "Kojo", "Nnamdi", "Yaw", "Femi"),
        ("Nnadozie", "Eze", "Adebayo", "Olaniyan", "Ogunleye", "Nwachukwu", "Amoah", "Danquah", "Onyekachi",
         "Oyelaran", "Acquah", "Nwosu", "Ekwueme", "Fashola"),
    ),
    "east_african": (
        ("Nyambura", "Akinyi", "Namubiru", "Wambui", "Auma", "Nafula", "Njeri", "Nalwanga", "Selam", "Hirut"),
        ("Kiprotich", "Ochieng", "Tumusiime", "Baraka", "Juma", "Kipchoge", "Ssekandi", "Tesfaye", "Dawit",
         "Mugabe"),
        ("Wanyama", "Kariuki", "Omondi", "Mutua", "Nakamya", "Kibet", "Okello", "Bekele", "Haile", "Gebremedhin",
         "Tekle", "Ssewanyana", "Muthoni", "Onyango", "Kiplagat", "Byaruhanga"),
    ),
    "arabic": (
        ("Yasmin", "Samira", "Dalia", "Lina", "Amal", "Hanan", "Reem", "Ghada", "Nadia", "Safa", "Rasha"),
        ("Tarek", "Walid", "Bilal", "Hamza", "Mustafa", "Faisal", "Nabil", "Ammar", "Hisham", "Ziad", "Anas"),
        ("Abdullah", "Mansour", "Khalil", "Saleh", "Nasser", "al-Amin", "Hamdan", "Suleiman", "Darwish", "Qasim",
         "al-Tamimi", "Abu-Zeid", "el-Sayed", "bin Laden", "Al-Khatib", "Shalabi", "Barakat"),
    ),
    "chinese": (
        ("Xiaoming", "Jiahui", "Yiting", "Wing Yan", "Ka Man", "Siu Lan", "Yufei", "Xinyi", "Mei Yee"),
        ("Haoran", "Zihan", "Siu Ming", "Chi Keung", "Wai Lun", "Jianguo", "Zhiwei", "Kwok Wah"),
        ("Wong", "Zhang", "Liu", "Huang", "Ng", "Chan", "Leung", "Yip", "Xu", "Zhou", "Lin", "Tang", "Ho", "Kwok"),
    ),
    "vietnamese": (
        ("Thị Mai", "Thanh Hà", "Minh Châu", "Thị Hoa", "Phương Linh", "Thị Thu", "Kim Ngân", "Bích Ngọc"),
        ("Văn Nam", "Minh Tuấn", "Đức Anh", "Quang Huy", "Thanh Tùng", "Văn Long", "Hữu Phước", "Công Sơn"),
        ("Hoàng", "Vũ", "Bùi", "Đỗ", "Huỳnh", "Phan", "Võ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh"),
    ),
    "romanian": (
        ("Elena", "Gabriela", "Roxana", "Alina", "Cristina", "Mihaela", "Daniela", "Larisa", "Bianca", "Oana"),
        ("Ionuț", "Alexandru", "Florin", "Marius", "Adrian", "Cosmin", "Gheorghe", "Vasile", "Sorin", "Ovidiu"),
        ("Ionescu", "Popa", "Constantin", "Stan", "Dumitru", "Lungu", "Moldovan", "Rusu", "Ciobanu", "Neagu",
         "Vasilescu", "Căpraru", "Bălan", "Niculescu", "Tănase", "Păun"),
    ),
    "polish": (
        ("Dorota", "Ewelina", "Justyna", "Beata", "Grażyna", "Bożena"),
        ("Kryspin", "Przemysław", "Zbigniew", "Jarosław", "Bartłomiej", "Sławomir"),
        ("Wiśniewski", "Szymański", "Woźniak", "Kamiński", "Lewandowski", "Grabowski", "Jabłoński", "Wróblewski",
         "Michalski", "Sobczak"),
    ),
    "eastern_european": (
        ("Oksana", "Olena", "Iryna", "Nataliya", "Svitlana", "Zuzana", "Dace", "Ilze", "Snježana", "Milena"),
        ("Oleksandr", "Dmytro", "Andriy", "Vasyl", "Bohdan", "Miroslav", "Jānis", "Dragan", "Valentin", "Radoslav"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Horváthová", "Bērziņš", "Kovačević",
         "Petrović", "Ivanova", "Dimitrov", "Popovici", "Hrabal", "Kuzmenko"),
    ),
    "english_welsh": (
        ("Cerys", "Angharad", "Siân", "Bethan", "Nia", "Eleri", "Ffion", "Rhiannon"),
        ("Rhys", "Dafydd", "Gareth", "Iwan", "Gethin", "Emyr", "Owain", "Huw"),
        ("Jones", "Davies", "Evans", "Pritchard", "Llewellyn", "Bowen", "Griffiths", "Vaughan", "Pugh", "Prosser",
         "Bevan", "Morgan"),
    ),
    "turkish": (
        ("Gülay", "Sevim", "Derya", "Nurten", "Songül"),
        ("Cengiz", "Erkan", "Volkan", "Kemal", "Tuncay"),
        ("Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdem", "Güneş", "Aksoy"),
    ),
    "irish": (
        ("Gráinne", "Sinéad", "Deirdre", "Clodagh", "Máire"),
        ("Donal", "Fergal", "Colm", "Tadhg", "Oisín"),
        ("Ó Súilleabháin", "O'Donoghue", "Mac Giolla", "Fitzgerald", "Ní Bhriain", "Kavanagh", "Brennan", "Geraghty"),
    ),
    "caribbean": (
        ("Sonia", "Claudette", "Hyacinth", "Merline", "Sherine"),
        ("Clive", "Lloyd", "Tyrone", "Courtney", "Neville"),
        ("Clarke", "Francis", "Henry", "Beckford", "Nembhard", "Blackwood", "Gayle", "Forbes"),
    ),
}
