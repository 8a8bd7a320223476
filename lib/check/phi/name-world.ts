/**
 * Given names and surnames from outside compromise's mostly Anglo lexicon: West and East African,
 * Arabic and Persian, South Asian, East and Southeast Asian, Hispanic, Lusophone, French and Eastern
 * European. Names that are also everyday words or places (Luna, Paris, Sol) are left out on purpose:
 * a list name alone is only weak evidence, and such words would turn headings and places into people.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const WORLD_GIVEN = words(`
  abiodun ayodele ayomide babajide bamidele bolanle chiamaka chidinma chiamanda chiemeka chika chinonso chioma
  chinwe chukwuemeka chukwudi ebere ejike emeka folake funmilayo funmi ifeoma ifeanyi ijeoma ikechukwu kelechi
  kayode kehinde nkechi nnamdi obinna olamide olufemi olumide oluwadamilare oluwatobi segun seun taiwo temitope
  tobenna tunde uchenna udoka yetunde yewande zainab abdullahi aminu bello musa sani usman hauwa habiba
  kwabena kwaku kwasi yaw kojo akosua adjoa adwoa afua efua esi yaa akua nana-ama kofi-boateng
  amadou aminata awa bakary binta boubacar fatou fatoumata ibrahima mamadou mariama moussa oumar ousmane seydou
  souleymane cheikh khadija aissatou djeneba kadiatou
  tendai tatenda farai rudo chipo nyasha thabo thandiwe thandeka sipho lindiwe nomvula zanele zodwa bongani
  themba mandla kagiso lerato palesa wanjiru wanjiku njeri kamau mwangi otieno achieng akinyi atieno odhiambo
  abebe almaz aster bereket dawit hirut meron selam tigist tsion yohannes haile desta mulugeta
  abdul abdel abdallah ahmad ahmet amir amira anwar ayesha aziz basma bilal fadi farah farid fares ghada
  habib hala hamza hana hanan hussein ibrahim imran jamila khaled khalid laila layla leila mahmoud
  malak maryam mona mostafa mustafa nabil nadia nasser nour noor omar rami rania rashid reem salma samir
  sami samira tariq walid yasmin yasmine yousef youssef zaid zahra zeinab huda iman jana lina dina rasha
  mehdi reza ali-reza arash babak dariush farzaneh fereshteh golnaz hamid kourosh mahsa mina nasrin parisa
  shirin soraya
  aarav aditi aditya akash amita amrita ananya anil anita anjali ankit arjun arvind asha ashok bhavna chandra
  deepak devendra dinesh divya gaurav geeta gita harish harpreet hemant indira jaspreet jyoti kavita kiran
  kishore krishna lakshmi madhu mahesh manish manpreet meena meera mohan nandini neha nikhil nisha pooja
  prakash pradeep prasad preeti priyanka rajesh rajiv rakesh ramesh rani rekha ritu rohit sachin sandeep
  sangeeta sanjeev santosh sarita shalini shanti sharmila shreya shweta simran sita sneha suresh sushila
  swati tanvi usha varun vijay vikram vinod vivek yash gurpreet harjit kuldeep paramjit rupinder
  farhana nusrat rahim rahima shahida tahmina
  ahn bao binh chau cuong dung duc hai hanh hien hieu hoa hoang hung huong khanh lan linh loan minh nga
  ngoc nhung phuong quang quynh thanh thao thi thu thuy trang trinh tuan tuyet vinh xuan
  akiko ayumi daisuke haruka haruto hideo hiroko junko kazuo keiko koji makoto mariko masako michiko
  naoko noriko ryo satoshi sayuri shinji takashi takeshi tomoko yoko yoshiko yuko yumi
  chen-wei jian jun-hao li-na mei-ling qiang xiaoming xiu yan yifan yong zhen zhiwei jiayi haoran
  minjun seojun jiwoo jihoon minji seoyeon hyun jae-won soo-jin eun ji-hye
  rizal maricel marites rosalinda jocelyn lorna maribel imelda teresita ligaya bayani dalisay
  aroha tane wiremu manaia
  adriana ainhoa alba alicia amparo araceli aurora azucena begoña candelaria catalina cayetana
  celestina encarnación esmeralda eugenia fabiola florencia genoveva graciela guillermina inmaculada
  itzel jimena josefina leticia lorena lourdes macarena marisol maritza montserrat nayeli
  nereida obdulia paloma perla rocío rocio socorro trinidad xiomara yadira zoraida
  abelardo adalberto alfonso alfredo álvaro alvaro anselmo armando arturo baltasar benigno bernardo
  casimiro cipriano cristóbal cristobal domingo efraín efrain eliseo emilio ernesto esteban eusebio
  evaristo fausto federico felipe fermín gerardo gilberto gonzalo gregorio heriberto hilario humberto
  isidro jacinto jenaro leandro leopoldo lisandro marcelino maximiliano nicanor octavio osvaldo
  porfirio reinaldo rigoberto rodolfo saturnino teodoro tiburcio ulises valentín wilfredo
  joão joao thiago tiago gonçalo goncalo rodrigo vinícius vinicius caio leticia luana thaís thais
  adélaïde agathe anaïs apolline bérénice blandine clotilde colette delphine éloïse eloise fabienne
  gaëlle gaelle ghislaine héloïse josiane laetitia margaux maëlle maelle mireille nathalie océane
  odile pascale perrine ségolène solène sylvie thérèse véronique yvette yvonne
  amaury arnaud aurélien bastien benoît cédric clément corentin damien étienne fabrice gaëtan gaetan
  gilles grégoire jérôme jeremie jérémie loïc loic ludovic marius maxence pascal quentin romain
  sylvain tanguy thibault thibaut valentin yannick
  agnieszka aleksandra anna-maria bogdan bożena dariusz dorota ewa grzegorz jadwiga jarosław jerzy
  katarzyna krzysztof małgorzata malgorzata marek mariusz piotr stanisław stanislaw tomasz wojciech
  zbigniew zofia łukasz lukasz
  oksana olena olha svitlana tetiana yulia bohdan dmytro mykola oleksandr oleksiy taras volodymyr
  anastasia dmitri dmitry ekaterina galina irina lyudmila natalia nikolai oleg olga sergei svetlana
  tatiana valentina vladimir yekaterina yuri
  bogdana dragan goran jelena milan milena miroslav nikola radovan slobodan snežana vesna zoran
  ionut mihai florin andreea ioana raluca
  ágnes gábor istván katalin lászló zoltán zsófia
  ayşe emine fatma mehmet mustafa-kemal hatice elif emre burak cem deniz
`);

export const WORLD_SURNAMES = words(`
  adebayo adeleke adewale afolabi akande akinola balogun babatunde chukwu eze ezeh ibe igwe nwachukwu
  nwankwo obi ogunleye okafor okeke okoro okoye oladipo olawale onyeka onyekachi uche ugwu
  acheampong adjei agyeman amoah ansah appiah asante darko frimpong gyamfi kwarteng owusu
  ba bah camara cissé cisse coulibaly diabaté diakité diarra diop doumbia fall faye fofana gueye kanté
  keita konaté koné sall sangaré sow sy touré toure
  abdi farah hassan mohamud warsame
  banda dlamini khumalo mahlangu mkhize moyo ndlovu ngcobo nkosi sithole zulu
  kariuki kimani njoroge ochieng omondi wafula
  al-sayed abboud darwish haddad hamdan kassab khoury mansour nassar saleh shaheen
  ahmadi hosseini karimi mohammadi rahimi rezaei
  agarwal banerjee bhatt chatterjee chaudhry chopra desai dutta gandhi ghosh gupta iyer jain joshi kapoor
  khan khanna krishnan malhotra mehta menon mishra mukherjee nair pandey pillai rao reddy saxena sethi
  sharma srinivasan subramanian thakur trivedi varma verma
  bui dang dinh do duong ha ho huynh lam le luong ly mai ngo phan quach ta trinh truong vo vu
  huang lin wu zhao zhou xu sun ma zhu hu guo he luo liang song tang feng deng cao peng zeng xiao
  cheng yuan pan cai jiang yu du ye su lu
  choi jung kang cho yoon jang lim han shin seo kwon hwang
  tan ng goh ong teo koh chua yeo tay toh quek seah lek ang
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
  yamaguchi matsumoto inoue kimura hayashi shimizu
  dela-cruz bautista villanueva santos reyes-cruz mendoza-garcia
  acosta aguirre alvarado arellano ayala barrera benítez benitez cabrera calderón calderon camacho
  campos cárdenas cardenas carrillo cervantes cortés cortes escobar espinoza estrada fuentes galván
  gallegos garza ibarra juárez lara león luna macías maldonado marín meléndez mejía miranda molina
  montoya navarro ochoa orozco pacheco padilla palacios quintero quiroga robles rosales salas salinas
  sandoval santana serrano solís sosa tapia trujillo valdez valencia velásquez velazquez zamora zúñiga
  almeida carvalho costa ferreira gonçalves lima oliveira pereira ribeiro rocha sousa souza
  bonnet boyer chevalier clément david denis dupont dupuis fabre faure fournier gauthier girard
  guerin lambert lemoine lucas mercier morel muller perrin robin roussel roux vincent
  kowalski kowalska lewandowski nowak wiśniewski wójcik zieliński kamiński
  ivanov ivanova petrov petrova smirnov sokolov popov kuznetsov shevchenko kovalenko bondarenko
  horvath horváth nagy kovács popescu ionescu jovanović petrović nikolić yılmaz kaya demir şahin
`);
