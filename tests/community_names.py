"""People from many communities, each with a home town and a relative or friend, for tests that need varied
names in one sentence (Polish, Somali, Vietnamese, Irish, Igbo, Turkish, Chinese, Tamil, Caribbean, Bangladeshi)."""

PEOPLE_FROM_TOWNS = (
    ("Tadeusz Wójcik", "Gdańsk", "Agnieszka"), ("Abdirahman Warsame", "Hargeisa", "Hodan"),
    ("Nguyễn Thị Thu", "Hải Phòng", "Minh"), ("Siobhán Ó Dálaigh", "Ballinacurra", "Niamh"),
    ("Chukwuemeka Okafor", "Enugu", "Ngozi"), ("Mehmet Yılmaz", "İzmir", "Ayşe"),
    ("Xiaoling Zhou", "Chengdu", "Wei"), ("Priyanka Ramaswamy", "Madurai", "Pinky"),
    ("Delroy Fitzgerald", "Kingston", "Marcia"), ("Aisha Rahman", "Sylhet", "Farid"),
)
