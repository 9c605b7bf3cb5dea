// Word lists for demo clients: a mixed clientele, mostly men (SMP for hair loss), some women
// (diffuse thinning, Ludwig scale), with names as clinics in Istanbul, Warsaw, Madrid, Dublin or
// Kyiv type them (accents, letters that do not decompose, Cyrillic), so the bench searches and
// sorts them too. Plain data, no real people.

export const MALE_FIRST = [
  'James', 'Oliver', 'Jack', 'Harry', 'George', 'Noah', 'Charlie', 'Thomas', 'Oscar', 'William',
  'Henry', 'Leo', 'Alfie', 'Joshua', 'Freddie', 'Archie', 'Ethan', 'Isaac', 'Alexander', 'Joseph',
  'Edward', 'Samuel', 'Max', 'Daniel', 'Arthur', 'Lucas', 'Mohammed', 'Logan', 'Theo', 'Harrison',
  'Benjamin', 'Mason', 'Sebastian', 'Finley', 'Adam', 'Dylan', 'Zachary', 'Riley', 'Jacob', 'Toby',
  'Ahmed', 'Omar', 'Yusuf', 'Ibrahim', 'Ali', 'Hassan', 'Tariq', 'Imran', 'Kwame', 'Kofi',
  'Chinedu', 'Emeka', 'Tunde', 'Marcus', 'Andre', 'Darnell', 'Jamal', 'Luca', 'Marco', 'Matteo',
  'Giovanni', 'Pablo', 'Diego', 'Carlos', 'Javier', 'Mateus', 'Piotr', 'Tomasz', 'Jakub', 'Lukas',
  'Stefan', 'Dmitri', 'Ivan', 'Nikolai', 'Raj', 'Arjun', 'Vikram', 'Sanjay', 'Rohan', 'Amit',
  'Wei', 'Jun', 'Hiroshi', 'Kenji', 'Minh', 'Sean', 'Patrick', 'Connor', 'Liam', 'Ciaran',
  'Callum', 'Euan', 'Angus', 'Rhys', 'Owen', 'Gareth', 'Dafydd', 'Craig', 'Stuart', 'Gavin',
  'Paul', 'Mark', 'Steven', 'Lee', 'Darren', 'Wayne', 'Dean', 'Carl', 'Neil', 'Ian',
  'Richard', 'Simon', 'Andrew', 'David', 'Michael', 'Christopher', 'Matthew', 'Anthony', 'Kevin', 'Jason',
  'Ömer', 'Mehmet', 'Emre', 'Łukasz', 'Paweł', 'Seán', 'Pádraig', 'José', 'Iñaki', 'Jürgen',
  'Søren', 'Björn', 'Иван', 'Дмитро', 'Олександр', 'Андрій', 'Сергей', 'Đorđe', 'Jiří', 'Ætheling',
] as const;

export const FEMALE_FIRST = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophia', 'Grace', 'Mia', 'Poppy', 'Ella',
  'Lily', 'Evie', 'Isabella', 'Jessica', 'Sophie', 'Chloe', 'Ruby', 'Freya', 'Alice', 'Daisy',
  'Sarah', 'Claire', 'Rachel', 'Helen', 'Karen', 'Joanne', 'Nicola', 'Lisa', 'Emma', 'Laura',
  'Aisha', 'Fatima', 'Zainab', 'Priya', 'Anjali', 'Ngozi', 'Amara', 'Chiara', 'Giulia', 'Lucia',
  'Magdalena', 'Katarzyna', 'Anna', 'Elena', 'Mei', 'Yuki', 'Siobhan', 'Niamh', 'Aoife', 'Cerys',
  'Zoë', 'Ayşe', 'Siobhán', 'Núria', 'Małgorzata', 'Анна', 'Ольга', 'Zeynep', 'Sinéad', 'Chloé',
] as const;

export const LAST_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke',
  'Patel', 'Khan', 'Lewis', 'James', 'Phillips', 'Mason', 'Mitchell', 'Rose', 'Davis', 'Rodriguez',
  'Cox', 'Alexander', 'Garden', 'Campbell', 'Johnston', 'Moore', 'Smyth', "O'Neill", 'Doherty', 'Stewart',
  'Quinn', 'Murphy', 'Graham', 'Mclaughlin', 'Hamilton', 'Murray', 'Hughes', 'Robertson', 'Thomson', 'Scott',
  'Macdonald', 'Reid', 'Clark', 'Ross', 'Young', 'Watson', 'Paterson', 'Morrison', 'Morgan', 'Griffiths',
  'Edwards', 'Rees', 'Jenkins', 'Owen', 'Price', 'Moss', 'Richards', 'Turner', 'Harris', 'Martin',
  'Cooper', 'Hill', 'Ward', 'Walsh', 'Baker', 'King', 'Lee', 'Allen', 'Harrison', 'Morris',
  'Carter', 'Bennett', 'Shaw', 'Chapman', 'Bell', 'Kelly', 'Collins', 'Marshall', 'Simpson', 'Ellis',
  'Adams', 'Singh', 'Begum', 'Ahmed', 'Ali', 'Hussain', 'Shah', 'Rahman', 'Chowdhury', 'Akhtar',
  'Okafor', 'Okonkwo', 'Adeyemi', 'Mensah', 'Boateng', 'Asante', 'Nwosu', 'Eze', 'Balogun', 'Owusu',
  'Nowak', 'Kowalski', 'Wisniewski', 'Wojcik', 'Kaminski', 'Lewandowski', 'Zielinski', 'Szymanski', 'Dabrowski', 'Kozlowski',
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Garcia', 'Martinez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores', 'Rivera',
  'Nguyen', 'Tran', 'Le', 'Pham', 'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang',
  'Tanaka', 'Suzuki', 'Sato', 'Kim', 'Park', 'Choi', 'Sharma', 'Gupta', 'Kumar', 'Verma',
  'Fletcher', 'Barker', 'Gibson', 'Lloyd', 'Dixon', 'Hunt', 'Holmes', 'Mills', 'Palmer', 'Knight',
  'Butler', 'Barnes', 'Fisher', 'Henderson', 'Cole', 'Webb', 'Porter', 'Atkinson', 'Pearce', 'Hudson',
  'Gray', 'Lawrence', 'Dawson', 'Andrews', 'Spencer', 'Foster', 'Powell', 'Russell', 'Saunders', 'Wells',
  'Harvey', 'Fox', 'Hart', 'Stone', 'Reynolds', 'Payne', 'Pearson', 'Hayes', 'Burton', 'Lane',
  'Fraser', 'Kennedy', 'Duncan', 'Ferguson', 'Gordon', 'Hunter', 'Bailey', 'Holland', 'Francis', 'Day',
  'Ahmadi', 'Hosseini', 'Karimi', 'Demir', 'Yilmaz', 'Kaya', 'Celik', 'Sahin', 'Papadopoulos', 'Georgiou',
  'Van der Berg', 'De Vries', 'Jansen', 'Bakker', 'Visser', 'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber',
  'Dubois', 'Laurent', 'Lefebvre', 'Moreau', 'Fournier', 'Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa',
  'Çelik', 'Öztürk', 'Şahin', 'Yıldız', 'Doğan', 'Wójcik', 'Łukaszewicz', 'Kowalczyk', 'Żółkiewski', 'Núñez',
  'García Márquez', 'Peña', 'Ó Briain', "O'Brien", 'Ní Bhriain', 'Mac Giolla Phádraig', 'Müller', 'Weiß', 'Ødegaard', 'Đorđević',
  'Dvořák', 'Иванова', 'Петренко', 'Шевченко', 'Коваленко', 'Смирнов', 'Þórsdóttir', 'Aðalsteinsson', 'Ångström', 'Œuvray',
] as const;

export const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.co.uk', 'icloud.com', 'btinternet.com', 'proton.me'] as const;

export const PIGMENTS: readonly { brand: string; shade: string; darkness: number }[] = [
  { brand: 'Scalp Ink Co', shade: 'Graphite 1', darkness: 1 },
  { brand: 'Scalp Ink Co', shade: 'Graphite 2', darkness: 2 },
  { brand: 'Scalp Ink Co', shade: 'Graphite 3', darkness: 3 },
  { brand: 'Scalp Ink Co', shade: 'Graphite 4', darkness: 4 },
  { brand: 'Follicle Pro', shade: 'Soft Black', darkness: 4 },
  { brand: 'Follicle Pro', shade: 'Dark Brown', darkness: 3 },
  { brand: 'Follicle Pro', shade: 'Ash Grey', darkness: 2 },
];

export const DILUTIONS = ['1:1', '1:2', '1:3', '1:4'] as const;
export const NEEDLES = ['1RL 0.18', '1RL 0.20', '1RL 0.25', '3RL 0.25'] as const;

export const INTAKE_QUESTIONS = [
  'blood_thinners', 'blood_pressure_heart', 'diabetes', 'pregnant_breastfeeding', 'keloids',
  'psoriasis_eczema', 'accutane_retin_a_steroids', 'allergies', 'prior_pigment_reaction', 'epilepsy',
  'hepatitis_hiv', 'sunburn',
] as const;

export const HAIRLINE_REQUESTS = [
  ['lower_hairline', 'Lower the hairline a little at the centre'],
  ['lower_hairline', 'Bring the hairline down about 5 mm'],
  ['darker', 'A few shades darker overall'],
  ['darker', 'Darker at the crown to match the sides'],
  ['lighter', 'Slightly softer, it looks too dark in daylight'],
  ['softer_temples', 'Softer, more natural temple points'],
  ['reshape', 'Straighten the hairline, less rounded'],
  ['raise_hairline', 'Raise the hairline slightly, looks too low for my age'],
] as const;

export const CONTRAINDICATIONS = [
  ['Blood thinners (warfarin)', 'doctor_letter'],
  ['Recent laser treatment on the scalp', 'temporary'],
  ['Sunburn on the scalp', 'temporary'],
  ['Psoriasis flare on the crown', 'temporary'],
  ['Type 1 diabetes', 'doctor_letter'],
] as const;
