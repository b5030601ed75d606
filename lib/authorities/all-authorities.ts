import type { Authority } from "./types";
import caseAhrenholzVBoardOfTrustees from "./cases/ahrenholz-v-board-of-trustees";
import caseAllstateVHerron from "./cases/allstate-v-herron";
import caseAshelmanVPope from "./cases/ashelman-v-pope";
import caseBrizzeeVFredMeyer from "./cases/brizzee-v-fred-meyer";
import caseCarbajalVKeefer from "./cases/carbajal-v-keefer";
import caseCarpenterVBoeing from "./cases/carpenter-v-boeing";
import caseCarrollVNakatani from "./cases/carroll-v-nakatani";
import caseCaterpillarVLewis from "./cases/caterpillar-v-lewis";
import caseConsubVSchahin from "./cases/consub-v-schahin";
import caseCoopersLybrandVLivesay from "./cases/coopers-lybrand-v-livesay";
import caseCouchVTelescope from "./cases/couch-v-telescope";
import caseEisenVCarlisleJacquelin from "./cases/eisen-v-carlisle-jacquelin";
import caseExxonShippingVBaker from "./cases/exxon-shipping-v-baker";
import caseFisonsVUnitedStates from "./cases/fisons-v-united-states";
import caseFukudaVCountyOfLosAngeles from "./cases/fukuda-v-county-of-los-angeles";
import caseHiltonVBraunskill from "./cases/hilton-v-braunskill";
import caseIctsiVIlwu from "./cases/ictsi-v-ilwu";
import caseInReCementAntitrust from "./cases/in-re-cement-antitrust";
import caseInReFlor from "./cases/in-re-flor";
import caseInReGugliuzza from "./cases/in-re-gugliuzza";
import caseJamesVPriceSternSloan from "./cases/james-v-price-stern-sloan";
import caseJudicialWatchVNepdg from "./cases/judicial-watch-v-nepdg";
import caseKlinghofferVAchilleLauro from "./cases/klinghoffer-v-achille-lauro";
import caseKoehlerVBankOfBermuda from "./cases/koehler-v-bank-of-bermuda";
import caseKonaVEstateOfBishop from "./cases/kona-v-estate-of-bishop";
import caseLandisVNorthAmerican from "./cases/landis-v-north-american";
import caseLeivaPerezVHolder from "./cases/leiva-perez-v-holder";
import caseMcdowellVCalderon from "./cases/mcdowell-v-calderon";
import caseMohawkVCarpenter from "./cases/mohawk-v-carpenter";
import caseMooreVBrewster from "./cases/moore-v-brewster";
import caseNkenVHolder from "./cases/nken-v-holder";
import casePimentelVPimentel from "./cases/pimentel-v-pimentel";
import casePulliamVAllen from "./cases/pulliam-v-allen";
import caseReeseVBpExploration from "./cases/reese-v-bp-exploration";
import caseSantaMonicaBaykeeper from "./cases/santa-monica-baykeeper";
import caseSchoolDistrict1jVAcands from "./cases/school-district-1j-v-acands";
import caseServantsOfParacleteVDoes from "./cases/servants-of-paraclete-v-does";
import caseSwintVChambersCounty from "./cases/swint-v-chambers-county";
import caseTripatiVHenman from "./cases/tripati-v-henman";
import caseUnitedNationalVSpectrum from "./cases/united-national-v-spectrum";
import caseUnitedStatesVAdamBros from "./cases/united-states-v-adam-bros";
import caseUnitedStatesVNixon from "./cases/united-states-v-nixon";
import caseUnitedStatesVTenetHealthcare from "./cases/united-states-v-tenet-healthcare";
import caseVillarrealVCaremark from "./cases/villarreal-v-caremark";
import caseYamahaVCalhoun from "./cases/yamaha-v-calhoun";
import statute28Usc1291 from "./statutes/28-usc-1291";
import statute28Usc1292B from "./statutes/28-usc-1292-b";
import statute28Usc636C from "./statutes/28-usc-636-c";
import statute42Usc1983 from "./statutes/42-usc-1983";
import ruleFrap26A from "./rules/frap-26-a";
import ruleFrap5A3 from "./rules/frap-5-a-3";
import ruleFrap5A from "./rules/frap-5-a";
import ruleFrcp15 from "./rules/frcp-15";
import ruleFrcp26 from "./rules/frcp-26";
import ruleFrcp45 from "./rules/frcp-45";
import ruleFrcp54B from "./rules/frcp-54-b";
import ruleFrcp59E from "./rules/frcp-59-e";
import ruleFrcp60B from "./rules/frcp-60-b";

/** Every authority in the library, in file order (a data table: one line per authority file). */
export const ALL_AUTHORITIES: readonly Authority[] = [
  caseAhrenholzVBoardOfTrustees,
  caseAllstateVHerron,
  caseAshelmanVPope,
  caseBrizzeeVFredMeyer,
  caseCarbajalVKeefer,
  caseCarpenterVBoeing,
  caseCarrollVNakatani,
  caseCaterpillarVLewis,
  caseConsubVSchahin,
  caseCoopersLybrandVLivesay,
  caseCouchVTelescope,
  caseEisenVCarlisleJacquelin,
  caseExxonShippingVBaker,
  caseFisonsVUnitedStates,
  caseFukudaVCountyOfLosAngeles,
  caseHiltonVBraunskill,
  caseIctsiVIlwu,
  caseInReCementAntitrust,
  caseInReFlor,
  caseInReGugliuzza,
  caseJamesVPriceSternSloan,
  caseJudicialWatchVNepdg,
  caseKlinghofferVAchilleLauro,
  caseKoehlerVBankOfBermuda,
  caseKonaVEstateOfBishop,
  caseLandisVNorthAmerican,
  caseLeivaPerezVHolder,
  caseMcdowellVCalderon,
  caseMohawkVCarpenter,
  caseMooreVBrewster,
  caseNkenVHolder,
  casePimentelVPimentel,
  casePulliamVAllen,
  caseReeseVBpExploration,
  caseSantaMonicaBaykeeper,
  caseSchoolDistrict1jVAcands,
  caseServantsOfParacleteVDoes,
  caseSwintVChambersCounty,
  caseTripatiVHenman,
  caseUnitedNationalVSpectrum,
  caseUnitedStatesVAdamBros,
  caseUnitedStatesVNixon,
  caseUnitedStatesVTenetHealthcare,
  caseVillarrealVCaremark,
  caseYamahaVCalhoun,
  statute28Usc1291,
  statute28Usc1292B,
  statute28Usc636C,
  statute42Usc1983,
  ruleFrap26A,
  ruleFrap5A3,
  ruleFrap5A,
  ruleFrcp15,
  ruleFrcp26,
  ruleFrcp45,
  ruleFrcp54B,
  ruleFrcp59E,
  ruleFrcp60B,
];
