import { describe, expect, it } from 'vitest';
import { location } from '../../../../lib/check/phi/location';
import { expected, spans } from './helpers';

describe('location recognizer', () => {
  it.each([
    ["He's at 1420 W Maple Ave, Apt 3C, daughter has the key.", ['1420 W Maple Ave, Apt 3C']],
    ['pt lives at 1423 Oak St with her sister', ['1423 Oak St']],
    ['She lives alone out on Ridge Rd.', ['Ridge Rd']],
    ['he lost everything in the apartment fire on Delmar Ave last week', ['Delmar Ave']],
    ['Single-car rollover on County Rd 14, driver unhurt', ['County Rd 14']],
    ['3rd heat stroke this week from the same trailer park in 85009.', ['85009']],
    ['She lives in Sun City West and says it "looks old."', ['Sun City West']],
    ['the 58-year-old welder from Tuscarawas County', ['Tuscarawas County']],
    ['admitted from a nursing home in Wapakoneta', ['Wapakoneta']],
    ['91 y/o F, lives alone on a farm outside Cynthiana', ['Cynthiana']],
    ['her daughter drove up from Columbus every weekend', ['Columbus']],
    ['the family from Pilsen who brought pozole', ['Pilsen']],
    ['el paciente vive en Ciudad Juárez con su hija', ['Ciudad Juárez']],
    ['nos contaba historias de su rancho en San Isidro', ['San Isidro']],
    ['la patiente habite à Lyon avec sa fille', ['Lyon']],
    ['my pt from the Eastside keeps missing dialysis', ['Eastside']],
    ['she lives at 45 Rue de la Paix', ['45 Rue de la Paix']],
    ['pt lives on 5th Ave in Brooklyn', ['5th Ave', 'Brooklyn']],
    ['her family drove up from McAllen to see her', ['McAllen']],
    ["she's in Apt 4B, pt lives alone", ['Apt 4B']],
    ['La señora Martínez de 94 años vive en Ciudad Juárez', ['Ciudad Juárez']],
    // a house number alone is enough; any street suffix
    ['ok whoever at 5120 Crestview Rd keeps calling 911 for a stubbed toe', ['5120 Crestview Rd']],
    ['found down at 811 N Tejon Blvd, brought in by a neighbour', ['811 N Tejon Blvd']],
    ['she lives on Birchwood Ln near the old mill', ['Birchwood Ln']],
    // Spanish and French order: the number after the street name, the town after a comma
    ['Visita domiciliaria hoy en Calle Tetuán 88, Río Piedras, la abuela nos dio café', ['Calle Tetuán 88, Río Piedras']],
    ['vive en la calle Hidalgo 45 con sus tres nietos', ['calle Hidalgo 45']],
    ['la patiente habite au 14 rue des Lilas, à Villeurbanne', ['14 rue des Lilas', 'Villeurbanne']],
    // neighbourhoods and named landmarks
    ['Vive en la colonia Santa María la Ribera y ya dejó el cigarro', ['colonia Santa María la Ribera']],
    ['su familia vive en el barrio La Perla', ['barrio La Perla']],
    ['il vit dans le quartier Saint-Roch avec sa femme', ['quartier Saint-Roch']],
    ['he grew up in the Fishtown neighborhood and still lives there', ['Fishtown']],
    ['pt lives near Lake Martin and fishes every morning', ['Lake Martin']],
    // a ZIP after a street or town
    ['new referral lives at 40 Dogwood Ct, 30307, son has the key', ['40 Dogwood Ct', '30307']],
    ["pt's address is Hawthorne Ave, zip 43215", ['Hawthorne Ave', '43215']],
    ['el paciente es de Guadalupe Victoria, Puebla', ['Guadalupe Victoria']],
    ["pt's zip is 35801 and she has no ride", ['35801']],
    ['lives in Huntsville, AL 35806 with her grandson', ['Huntsville', '35806']],
    ['La señora Refugio, de Iztapalapa, nos trajo flores', ['Iztapalapa']],
    ['the rollover on Harewood Lane last night, driver trapped', ['Harewood Lane']],
  ])('LOCATION in %j', (text, surfaces) => {
    expect(spans(location, text)).toEqual(expected(text, 'LOCATION', ...surfaces));
  });

  it.each([
    ['Join us! Riverbend Health, 2200 Lakeshore Dr, Building C lobby'],
    ['Now open in Dublin! Riverbend Urgent Care at 6400 Sawmill Rd'],
    ['Our Main St clinic is now open late. 125 Main St, Suite 300.'],
    ['Use the Oak St entrance (2200 Lakeshore Dr, Entrance C)'],
    ['Our pediatric clinic on Elm St has Saturday slots'],
    ['Grace grew up in Ohio and trained in Cincinnati'],
    ['his son lives in Arizona and never visits'],
    ['she moved here from Mexico'],
    ['presenting at the IHI Forum in Orlando this December'],
    ['pregunte por la prueba de HbA1c en su consulta'],
    ['her HbA1c in March was 7.2'],
    ['pt in ICU since Monday'],
    ['la familia de Jonathan, uno de nuestros pacientes'],
    ['Our Chicago clinic is hiring MAs'],
    // hospital services, products and languages after a preposition, in patient posts
    ['pt messaged me in MyChart about her results'],
    ['pt transferred from Cardiology to Oncology last night'],
    ['she came from Hospice with her daughter'],
    ['pt refused the Lovenox in Pre-op'],
    ['her results came back from Quest'],
    ['my pt only speaks Spanish, we used an interpreter in Spanish'],
    ['my patient in Peds asked for a popsicle'],
    // areas larger than a state
    ['pt just moved here from Europe'],
    ['she grew up in the Midwest'],
    ['pt is from Puerto Rico'],
    ['la patiente vient de Bretagne'],
    ['she works in Healthcare'],
    ["regression: anyone near Betty Lou's place, she was just discharged"],
    ['Join us in the Atrium for cake, her favourite'],
    ['Join us Saturday, March 8 for our community health fair at 400 Elm St'],
    ['Our Westside clinic at 2300 Lakeview Pkwy is now open Saturdays'],
    ['Visit us at 500 Oak St, Suite 200, open until 7 pm'],
    ['Our Main St clinic is now open until 8 pm! 125 Main St, Suite 300. Call to book.'],
    ['I went fishing at Lake Travis on my day off'],
    ['Fort Worth nurses, we need you at the job fair'],
    ['gave heparin, 10000 units, per protocol'],
    ['Our new clinic in Decatur, GA 30030 opens Monday'],
    ['Su médico de cabecera es de Cruz Roja'],
    ['Mass casualty drill this Thursday at 1200 Riverside Dr, all staff report by 7'],
    ['The Bronx neighborhood where I grew up shaped my nursing'],
    ['The Smith neighborhood association donated masks'],
    ['Nuestro hospital está en Avenida Insurgentes 300, Col. Roma'],
    ['Loved my vacation at Lake Tahoe, back to nights tomorrow'],
    ['Our 5K route passes Lake Merritt, register at the link'],
    ['Vacunación gratuita el sábado en el Centro de Salud Norte, Calle Olmo 12'],
      ['FLU SHOT CLINIC Saturday, Main Lobby of Lakeside Community Hospital, 300 Birch Ave. No appointment needed'],
    ["We're hiring! Our outpatient PT clinic in Tacoma needs a DPT"],
  ])('nothing in %j', (text) => {
    expect(spans(location, text)).toEqual([]);
  });
});
