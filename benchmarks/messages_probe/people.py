"""Fictional rule sets for probing quoted messages (names from many communities, rules as authors write them)."""
SETS = [
 dict(v=("Joanne Pryor", "Jo", ["Jo", "Jojo", "Joanne Evans"]), p=("Craig Pryor", "Craigy", ["Craigy"]), town="Pontypridd", dod="2022-11-03", dob="1988-04-17"),
 dict(v=("Chiamaka Blessing Nwosu", "Amaka", ["Amaka", "Chi"]), p=("Emeka Okafor", "Emy", ["Emy"]), town="Peckham", dod="2021-07-19", dob="1990-02-05"),
 dict(v=("Oksana Kovalenko", "Ksusha", ["Ksusha", "Oksanka"]), p=("Dmytro Bondarenko", "Dima", ["Dima"]), town="Luton", dod="2023-01-28", dob="1985-09-30"),
 dict(v=("Fartun Abdi Warsame", "Fartun", ["Faa"]), p=("Mohamed Hassan Ali", "Mo", ["Mo", "Moha"]), town="Ealing", dod="2022-03-12", dob="1994-12-01"),
 dict(v=("Gurpreet Kaur Dhillon", "Preeti", ["Preeti", "Gurpreet Sandhu"]), p=("Jaswinder Singh Sandhu", "Jas", ["Jas", "Jassi"]), town="Southall", dod="2020-10-09", dob="1979-06-22"),
 dict(v=("Nguyen Thi Lan", "Lan", ["Lanny"]), p=("Tran Van Minh", "Minh", ["Minh"]), town="Hackney", dod="2023-05-06", dob="1992-08-14"),
 dict(v=("Siobhán Gallagher", "Shiv", ["Shiv", "Siobhan Quinn"]), p=("Declan Murphy", "Dec", ["Dec", "Decky"]), town="Derry", dod="2022-12-24", dob="1987-11-11"),
 dict(v=("Agnieszka Wiśniewska", "Aga", ["Aga", "Agusia"]), p=("Paweł Nowak", "Pawel", ["Pawełek"]), town="Slough", dod="2021-02-14", dob="1983-03-03"),
 dict(v=("Ama Serwaa Mensah", "Serwaa", ["Serwaa", "Ama"]), p=("Kwabena Asante", "Kobby", ["Kobby"]), town="Croydon", dod="2023-08-20", dob="1996-01-27"),
 dict(v=("Ayşe Yılmaz", "Ayşe", ["Ayshe"]), p=("Mehmet Demir", "Memo", ["Memo"]), town="Enfield", dod="2022-06-30", dob="1989-07-07"),
 dict(v=("Rukhsana Begum", "Ruksy", ["Ruksy", "Rukhsana Miah"]), p=("Abdul Karim Miah", "Karim", ["Karim"]), town="Oldham", dod="2021-11-05", dob="1991-04-09"),
 dict(v=("Mariam Haddad", "Mimi", ["Mimi"]), p=("Khalid Mansour", "Khaled", ["Khaled"]), town="Sheffield", dod="2020-04-18", dob="1993-10-10"),
 dict(v=("Marcia Campbell", "Marcy", ["Marcy"]), p=("Delroy Francis", "Roy", ["Roy", "Dee"]), town="Handsworth", dod="2023-03-09", dob="1980-05-15"),
 dict(v=("Ana Luísa Ferreira", "Ana", ["Ana Lu", "Analu"]), p=("João Silva", "Joao", ["Jota"]), town="Thetford", dod="2022-09-25", dob="1986-12-19"),
 dict(v=("Ioana Popescu", "Ioana", ["Io", "Ioanuța"]), p=("Andrei Munteanu", "Andu", ["Andu"]), town="Harrow", dod="2021-05-31", dob="1995-02-28"),
 dict(v=("Chen Li Mei", "Mei", ["Meimei", "May Chen"]), p=("Zhang Wei", "Wei", ["David Zhang"]), town="Colindale", dod="2023-10-02", dob="1984-06-06"),
 dict(v=("Bronwen Hughes", "Bron", ["Bron", "Bronnie"]), p=("Gareth Llewellyn", "Gaz", ["Gaz"]), town="Aberystwyth", dod="2022-01-16", dob="1978-08-08"),
 dict(v=("Adaeze Okonkwo", "Ada", ["Ada", "Daze"]), p=("Tunde Adebayo", "Tunde", ["TJ"]), town="Woolwich", dod="2020-07-04", dob="1990-09-09"),
]

def rules(s):
    (vn, vnick, valiases), (pn, pnick, paliases) = s["v"], s["p"]
    return {"people": [{"name": vn, "pseudonym": "Adult A", "aliases": valiases},
                       {"name": pn, "pseudonym": "Adult B", "aliases": paliases}],
            "places": [{"name": s["town"], "pseudonym": "Area A"}],
            "dates": {"date_of_death": s["dod"], "date_of_birth": s["dob"]}}
