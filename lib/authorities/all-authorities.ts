import type { Authority } from "./types";
import caseAhrenholzVBoardOfTrustees from "./cases/ahrenholz-v-board-of-trustees";
import caseAllstateVHerron from "./cases/allstate-v-herron";
import caseAshelmanVPope from "./cases/ashelman-v-pope";
import caseAustinVKroger from "./cases/austin-v-kroger";
import caseBrizzeeVFredMeyer from "./cases/brizzee-v-fred-meyer";
import caseCamachoVPuertoRicoPortsAuthority from "./cases/camacho-v-puerto-rico-ports-authority";
import caseCaraballoSedaVMunicipalityOfHormigueros from "./cases/caraballo-seda-v-municipality-of-hormigueros";
import caseCarbajalVKeefer from "./cases/carbajal-v-keefer";
import caseCarpenterVBoeing from "./cases/carpenter-v-boeing";
import caseCarrollVNakatani from "./cases/carroll-v-nakatani";
import caseCaterpillarVLewis from "./cases/caterpillar-v-lewis";
import caseClarkDietzVBasicConstruction from "./cases/clark-dietz-v-basic-construction";
import caseColemanVLirc from "./cases/coleman-v-lirc";
import caseConsubVSchahin from "./cases/consub-v-schahin";
import caseCoopersLybrandVLivesay from "./cases/coopers-lybrand-v-livesay";
import caseCouchVTelescope from "./cases/couch-v-telescope";
import caseEisenVCarlisleJacquelin from "./cases/eisen-v-carlisle-jacquelin";
import caseExxonShippingVBaker from "./cases/exxon-shipping-v-baker";
import caseFisonsVUnitedStates from "./cases/fisons-v-united-states";
import caseFukudaVCountyOfLosAngeles from "./cases/fukuda-v-county-of-los-angeles";
import caseGrovesVUnitedStates from "./cases/groves-v-united-states";
import caseHiltonVBraunskill from "./cases/hilton-v-braunskill";
import caseIctsiVIlwu from "./cases/ictsi-v-ilwu";
import caseInReCementAntitrust from "./cases/in-re-cement-antitrust";
import caseInReCityOfMemphis from "./cases/in-re-city-of-memphis";
import caseInReFlor from "./cases/in-re-flor";
import caseInReGugliuzza from "./cases/in-re-gugliuzza";
import caseInReTrumpFourthCircuit from "./cases/in-re-trump-fourth-circuit";
import caseInReTrumpSixthCircuit from "./cases/in-re-trump-sixth-circuit";
import caseInnovativeHomeHealthCare from "./cases/innovative-home-health-care";
import caseJamesVPriceSternSloan from "./cases/james-v-price-stern-sloan";
import caseJudicialWatchVNepdg from "./cases/judicial-watch-v-nepdg";
import caseKatzVCarteBlanche from "./cases/katz-v-carte-blanche";
import caseKlinghofferVAchilleLauro from "./cases/klinghoffer-v-achille-lauro";
import caseKoehlerVBankOfBermuda from "./cases/koehler-v-bank-of-bermuda";
import caseKonaVEstateOfBishop from "./cases/kona-v-estate-of-bishop";
import caseLandisVNorthAmerican from "./cases/landis-v-north-american";
import caseLeivaPerezVHolder from "./cases/leiva-perez-v-holder";
import caseMamaniVBerzain from "./cases/mamani-v-berzain";
import caseMayfieldVNascar from "./cases/mayfield-v-nascar";
import caseMcdowellVCalderon from "./cases/mcdowell-v-calderon";
import caseMcfarlinVConseco from "./cases/mcfarlin-v-conseco";
import caseMichaelsVAgapeSeniorCommunity from "./cases/michaels-v-agape-senior-community";
import caseMitchellVForsyth from "./cases/mitchell-v-forsyth";
import caseMohawkVCarpenter from "./cases/mohawk-v-carpenter";
import caseMooreVBrewster from "./cases/moore-v-brewster";
import caseMylesVLaffitte from "./cases/myles-v-laffitte";
import caseNkenVHolder from "./cases/nken-v-holder";
import caseNordgrenVHennepinCounty from "./cases/nordgren-v-hennepin-county";
import casePerezVLorraineEnterprises from "./cases/perez-v-lorraine-enterprises";
import casePimentelVPimentel from "./cases/pimentel-v-pimentel";
import casePulliamVAllen from "./cases/pulliam-v-allen";
import caseRayVAmericanNationalRedCross from "./cases/ray-v-american-national-red-cross";
import caseReeseVBpExploration from "./cases/reese-v-bp-exploration";
import caseRunnionVGirlScouts from "./cases/runnion-v-girl-scouts";
import caseSantaMonicaBaykeeper from "./cases/santa-monica-baykeeper";
import caseSchoolDistrict1jVAcands from "./cases/school-district-1j-v-acands";
import caseServantsOfParacleteVDoes from "./cases/servants-of-paraclete-v-does";
import caseSwintVChambersCounty from "./cases/swint-v-chambers-county";
import caseTempletVHydrochem from "./cases/templet-v-hydrochem";
import caseTripatiVHenman from "./cases/tripati-v-henman";
import caseUnionCountyVPiperJaffray from "./cases/union-county-v-piper-jaffray";
import caseUnitedNationalVSpectrum from "./cases/united-national-v-spectrum";
import caseUnitedStatesVAdamBros from "./cases/united-states-v-adam-bros";
import caseUnitedStatesVGarner from "./cases/united-states-v-garner";
import caseUnitedStatesVNixon from "./cases/united-states-v-nixon";
import caseUnitedStatesVTenetHealthcare from "./cases/united-states-v-tenet-healthcare";
import caseVillarrealVCaremark from "./cases/villarreal-v-caremark";
import caseWestTennesseeChapterVCityOfMemphis from "./cases/west-tennessee-chapter-v-city-of-memphis";
import caseWhiteVNix from "./cases/white-v-nix";
import caseWilliamsVKing from "./cases/williams-v-king";
import caseYamahaVCalhoun from "./cases/yamaha-v-calhoun";
import statute28Usc1291 from "./statutes/28-usc-1291";
import statute28Usc1292A1 from "./statutes/28-usc-1292-a-1";
import statute28Usc1292A3 from "./statutes/28-usc-1292-a-3";
import statute28Usc1292B from "./statutes/28-usc-1292-b";
import statute28Usc1292C1 from "./statutes/28-usc-1292-c-1";
import statute28Usc636C from "./statutes/28-usc-636-c";
import statute42Usc1983 from "./statutes/42-usc-1983";
import statute9Usc16A1 from "./statutes/9-usc-16-a-1";
import statute9Usc16B from "./statutes/9-usc-16-b";
import ruleFrap26A from "./rules/frap-26-a";
import ruleFrap5A3 from "./rules/frap-5-a-3";
import ruleFrap5A from "./rules/frap-5-a";
import ruleFrcp15 from "./rules/frcp-15";
import ruleFrcp26 from "./rules/frcp-26";
import ruleFrcp45 from "./rules/frcp-45";
import ruleFrcp54A from "./rules/frcp-54-a";
import ruleFrcp54B from "./rules/frcp-54-b";
import ruleFrcp59E from "./rules/frcp-59-e";
import ruleFrcp60B from "./rules/frcp-60-b";

/** Every authority in the library, in file order (a data table: one line per authority file). */
export const ALL_AUTHORITIES: readonly Authority[] = [
  caseAhrenholzVBoardOfTrustees,
  caseAllstateVHerron,
  caseAshelmanVPope,
  caseAustinVKroger,
  caseBrizzeeVFredMeyer,
  caseCamachoVPuertoRicoPortsAuthority,
  caseCaraballoSedaVMunicipalityOfHormigueros,
  caseCarbajalVKeefer,
  caseCarpenterVBoeing,
  caseCarrollVNakatani,
  caseCaterpillarVLewis,
  caseClarkDietzVBasicConstruction,
  caseColemanVLirc,
  caseConsubVSchahin,
  caseCoopersLybrandVLivesay,
  caseCouchVTelescope,
  caseEisenVCarlisleJacquelin,
  caseExxonShippingVBaker,
  caseFisonsVUnitedStates,
  caseFukudaVCountyOfLosAngeles,
  caseGrovesVUnitedStates,
  caseHiltonVBraunskill,
  caseIctsiVIlwu,
  caseInReCementAntitrust,
  caseInReCityOfMemphis,
  caseInReFlor,
  caseInReGugliuzza,
  caseInReTrumpFourthCircuit,
  caseInReTrumpSixthCircuit,
  caseInnovativeHomeHealthCare,
  caseJamesVPriceSternSloan,
  caseJudicialWatchVNepdg,
  caseKatzVCarteBlanche,
  caseKlinghofferVAchilleLauro,
  caseKoehlerVBankOfBermuda,
  caseKonaVEstateOfBishop,
  caseLandisVNorthAmerican,
  caseLeivaPerezVHolder,
  caseMamaniVBerzain,
  caseMayfieldVNascar,
  caseMcdowellVCalderon,
  caseMcfarlinVConseco,
  caseMichaelsVAgapeSeniorCommunity,
  caseMitchellVForsyth,
  caseMohawkVCarpenter,
  caseMooreVBrewster,
  caseMylesVLaffitte,
  caseNkenVHolder,
  caseNordgrenVHennepinCounty,
  casePerezVLorraineEnterprises,
  casePimentelVPimentel,
  casePulliamVAllen,
  caseRayVAmericanNationalRedCross,
  caseReeseVBpExploration,
  caseRunnionVGirlScouts,
  caseSantaMonicaBaykeeper,
  caseSchoolDistrict1jVAcands,
  caseServantsOfParacleteVDoes,
  caseSwintVChambersCounty,
  caseTempletVHydrochem,
  caseTripatiVHenman,
  caseUnionCountyVPiperJaffray,
  caseUnitedNationalVSpectrum,
  caseUnitedStatesVAdamBros,
  caseUnitedStatesVGarner,
  caseUnitedStatesVNixon,
  caseUnitedStatesVTenetHealthcare,
  caseVillarrealVCaremark,
  caseWestTennesseeChapterVCityOfMemphis,
  caseWhiteVNix,
  caseWilliamsVKing,
  caseYamahaVCalhoun,
  statute28Usc1291,
  statute28Usc1292A1,
  statute28Usc1292A3,
  statute28Usc1292B,
  statute28Usc1292C1,
  statute28Usc636C,
  statute42Usc1983,
  statute9Usc16A1,
  statute9Usc16B,
  ruleFrap26A,
  ruleFrap5A3,
  ruleFrap5A,
  ruleFrcp15,
  ruleFrcp26,
  ruleFrcp45,
  ruleFrcp54A,
  ruleFrcp54B,
  ruleFrcp59E,
  ruleFrcp60B,
];
