package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.bake.FixtureProject;
import picocli.CommandLine;

/**
 * Articles unlike the five seeds, built end to end as an editor drops them in: sport, economy, the war in Gaza,
 * an Egyptian cabinet story with a bulleted list, a Saudi agency wire with a Hijri dateline, a Lebanese report
 * naming its paper in the dateline, a saved web page; an earthquake, a verdict, OPEC, a model of language, a storm,
 * mediation, each dated and sourced at its end or in a dateline of its own; an interview, a live page, an opinion
 * piece, a one-line flash and an English quotation; the wires of KUNA, Petra and WAFA, photo captions, a Hijri dateline, a
 * football final, a stock market close and a weather forecast; the Houthis in the Red Sea; Turkey's and Algeria's elections, a Saudi royal audience,
 * cholera in Sudan, TikTok in Congress, a German minister in Beirut, Erbil and Baghdad on salaries, and Iraq's integrity
 * authority; a post on X, an obituary, Iran's nuclear talks, Morocco's parliament, a film festival, Libya, tennis, the Hajj, an
 * explainer headed by questions, a page of live updates, exchange rates and a fully vowelled sermon; Muqtada al-Sadr's call, Syria's
 * new president, the Premier League, the Security Council, a police report, COP28, an air crash, Kuwait's parliament, Somalia, an
 * article without a headline, one with Windows line ends and a byte-order mark, Persian digits, an agency in brackets alone,
 * market tickers, an author's e-mail and a table; Lebanon's new president, Ronaldo, a West Bank raid, dengue in Yemen, GPT-5,
 * Algeria and France, and Jordan's central bank; a breaking flash from Sudan, Syria's new president and his old name, a Saudi
 * cabinet's numbered decisions, Cairo's derby with a table, a book fair, a phone launch with its correction, an embassy's advisory,
 * the Ramadan moon, Iraq's local results in one paragraph, and a strike on Beirut; Aramco's results, the Africa Cup's draw, a
 * vaccination campaign, exam results, Saudi Arabia and Iran in Beijing, a Jordanian court, a cyclone in Oman, Iraq's water, Tunisia's
 * vote, a press briefing of questions and answers, Britain's election, a transfer, Egypt's pound, a header in both calendars and
 * Erbil's salaries; a satellite launch, Omani decrees, Iraq's budget, a prisoner release, an Olympic final, a UN appeal, a train
 * crash, a central banker's arrest, an Arab summit, a gas find, locusts and a share sale, each under a masthead and breadcrumbs;
 * Suez revenue in Arabic-Indic digits, a Hijri-dated project, a TV interview, a live page on Iran's vote, a photo gallery, a press
 * release, Taiwan's drills, a Tunisian court, an obituary, a match report, a medical study and a state visit; Gulf markets with a
 * table, royal orders, Basra's council, Yemen's truce, Al Haouz rebuilt, a Kuwaiti verdict, Egypt's prices and Syrians returning;
 * an explainer of questions and answers, a fact box, a table of pipes, a correction appended, a statement quoted over
 * paragraphs, a weekly's issue line, pictures' credits and alt texts, a digest of three items, a list of winners, a vote
 * with a tweet, a relative date; a raw address line, an update note and a social post above the headline, numbers in
 * words, a timeline of years, a two-sentence story and one pasted twice; a Sahel nationalisation under a caption, an Amazigh new
 * year under a Tifinagh masthead, gold prices on a phone's AMP page, a dollar auction, a handball match card, a press release,
 * a Dubai appeal with defendants by initials, Halabja made a governorate, a wire dated only in Hijri figures, the displaced by
 * governorate, a syndicated report with an editor's note and footnotes, and a cyber alert in Latin terms.
 * What their English pages must say.
 */
class NewsVarietyTest {

    private static final List<String> SEEDS = List.of("010_sport.txt", "011_economy.txt", "012_gaza.txt", "013_egypt.txt",
            "014_spa.txt", "015_lebanon.txt", "016_budget.html", "017_quake.txt", "018_court.txt", "019_oil.txt", "020_ai.txt",
            "021_storm.txt", "022_qatar.txt", "030_interview.txt", "031_live.txt", "032_opinion.txt", "033_breaking.txt",
            "034_english_quote.txt", "041_kuna.txt", "042_petra.txt", "043_wafa.txt", "050_captions.txt", "052_hijri.txt",
            "060_football.txt", "061_markets.txt", "062_weather.txt", "081_yemen.txt", "082_turkey.txt", "110_titles.txt", "120_cholera.txt",
            "121_tiktok.txt", "130_algeria.txt", "131_levant.txt", "140_krg.txt", "141_pmf.txt", "150_tweet.txt", "151_obituary.txt",
            "152_iran.txt", "153_morocco.txt", "154_film.txt", "155_libya.txt", "156_tennis.txt", "157_hajj.txt", "158_explainer.txt",
            "159_updates.txt", "160_rates.txt", "161_tashkeel.txt", "170_sadr.txt", "171_syria.txt", "172_salah.txt", "173_unsc.txt",
            "174_police.txt", "175_cop.txt", "176_crash.txt", "177_kuwait.txt", "178_somalia.txt", "179_noheadline.txt", "180_crlf.txt",
            "181_persian.txt", "183_parens.txt", "184_email.txt", "185_table.txt", "190_aoun.txt", "191_ronaldo.txt", "192_westbank.txt",
            "193_dengue.txt", "194_chatgpt.txt", "195_algeria_france.txt", "196_jordan.txt", "200_sudan_rsf.txt", "201_julani.txt",
            "202_saudi_cabinet.txt", "203_ahly_zamalek.txt", "204_bookfair.txt", "205_apple_correction.txt", "206_travel_advisory.txt",
            "207_ramadan_moon.txt", "208_iraq_results.txt", "209_lebanon_strike.txt", "210_aramco.txt", "211_afcon.txt", "212_vaccine.txt",
            "213_thanaweya.txt", "214_beijing.txt", "215_jordan_court.txt", "216_cyclone.txt", "217_water.txt", "218_tunisia_vote.txt",
            "219_qatar_presser.txt", "220_starmer.txt", "221_transfer.txt", "222_pound.txt", "223_hijri_header.txt", "224_barzani.txt",
            "300_uae_space.txt", "301_oman_decree.txt", "302_iraq_budget.txt", "303_prisoners.txt", "304_bakkali.txt", "305_mauritania.txt",
            "306_train.txt", "307_salameh.txt", "308_arab_summit.txt", "309_cyprus_gas.txt", "310_locust.txt", "311_lulu_ipo.txt",
            "320_suez_revenue.txt", "321_neom_hijri.txt", "322_lebanon_interview.txt", "323_iran_live.txt", "324_algeria_fires_photos.txt", "325_libya_oil_statement.txt",
            "326_taiwan_drills.txt", "327_sfax_smugglers.txt", "328_hassan_youssef_obit.txt", "329_hilal_ittihad.txt", "330_diabetes_study.txt", "331_erdogan_cairo.txt",
            "340_gulf_markets.txt", "341_royal_order.txt", "342_basra_council.txt", "343_yemen_truce.txt", "344_haouz_reconstruction.txt", "345_kuwait_verdict.txt", "346_egypt_prices.txt", "347_syria_return.txt",
            "350_qatar_lng.txt", "351_bahrain_parliament.txt", "352_sudan_humanitarian.txt", "353_riyadh_season.txt", "354_iraq_electricity.txt", "355_egypt_archaeology.txt", "356_kuwait_dissolution.txt", "357_algeria_coach.txt", "358_factcheck.txt", "359_jordan_weather.txt", "360_oped_deposits.txt", "361_jordan_cabinet.txt",
            "370_oman_tanker.txt", "371_libya_central_bank.txt", "372_syria_redenomination.txt", "373_uae_court.txt", "374_iraq_league.txt", "375_jordan_water_tariff.txt", "376_tunisia_olive_oil.txt", "377_lebanon_president_rounds.txt", "378_kuwait_ipo.txt", "379_flight_emergency.txt", "380_interview_translated.txt", "381_kaust_study.txt",
            "390_nile_dam.txt", "391_doping_ban.txt", "392_kuwait_recall.txt", "393_tunisia_doctors_strike.txt", "394_riyadh_metro_5things.txt", "395_iran_fuel_mixed_digits.txt", "396_mauritania_results_regions.txt", "397_bahrain_f1.txt", "398_kuwait_cyber.txt", "399_qatar_ambassadors.txt", "400_sharjah_accident.txt", "401_museum_opening.txt",
            "410_prisoner_exchange_list.txt", "411_morocco_question_time.txt", "412_qatar_worldcup_anniversary.txt", "413_sudan_jeddah_talks.txt", "414_dubai_real_estate.txt", "415_algeria_pardon.txt", "416_yemen_rial_two_rates.txt", "417_egypt_cassation.txt", "418_jordan_university_ranking.txt", "419_lebanon_banking_secrecy.txt", "420_saudi_visa_fees.txt", "421_uae_space_mission.txt",
            "430_kuwait_marine_warning.txt", "431_boraq_ridership.txt", "432_poet_obituary.txt", "433_saudi_women_league.txt", "434_tunisia_strike_live.txt", "435_egypt_wheat_tender.txt", "436_petra_visitors.txt", "437_oman_sultan_belgium.txt", "438_olive_harvest.txt", "439_lebanon_fuel_oil.txt", "440_syria_quake_anniversary.txt", "441_qatar_traffic_faq.txt",
            "450_saudi_budget_deficit.txt", "451_kurdistan_election_seats.txt", "452_kuwait_interpellation.txt", "453_dubai_world_cup.txt", "454_riyadh_air_order.txt", "455_houthi_ship_attack.txt", "456_gaza_aid_trucks.txt", "457_derna_reconstruction.txt", "458_tunisia_phosphate.txt", "459_arab_cup_final_live.txt", "460_ceuta_customs_reopening.txt", "461_iraq_provincial_allocations.txt",
            "470_egypt_inflation_capmas.txt", "471_qatar_mediation_hostages.txt", "472_kuwait_citizenship_revocation.txt", "473_jordan_royal_birth.txt", "474_ramadan_series_ranking.txt", "475_dubai_marathon_results.txt", "476_oman_scholarships.txt", "477_riyadh_botulism.txt", "478_squash_final.txt", "479_zakat_fitr.txt", "480_sonatrach_eni_gas.txt", "481_flynas_new_route.txt",
            "490_kuwait_former_minister.txt", "491_uae_central_bank_rate.txt", "492_iraq_oil_exports_terminals.txt", "493_pa_salaries.txt", "494_mauritania_gold_miners.txt", "495_tunisia_governor_dismissal.txt", "496_qatar_airways_route.txt", "497_egypt_cup_final.txt", "498_saudi_unesco.txt", "499_libya_noc_force_majeure.txt", "500_bahrain_morning_digest.txt", "501_sputnik_moscow_hamas.txt",
            "510_tadawul_close.txt", "511_oman_municipal_turnout.txt", "512_syria_gold_dollar.txt", "513_morocco_rail_extension.txt", "514_lebanon_municipal_results.txt", "515_mekhloufi_obituary.txt",
            "516_qatar_national_day_programme.txt", "517_sczone_chinese_contract.txt", "518_kurdistan_salaries.txt", "519_jordan_pm_flash.txt", "520_kuwait_dust_live.txt", "521_iraq_coach_presser.txt",
            "530_uae_golden_visa.txt", "531_saudi_traffic_fines.txt", "532_egypt_imf_tranche.txt", "533_gaza_ceasefire_talks.txt", "534_iraq_electricity_imports.txt", "535_libya_migrant_rescue.txt",
            "536_kuwait_amir_pardon.txt", "537_salalah_frankincense.txt", "538_jordan_water_carrier.txt", "539_saudi_robotic_surgery.txt", "540_qatar_cassation_commercial.txt", "541_mauritania_decree_ministers.txt",
            "550_saudi_transfer_euros.txt", "551_egypt_acquittal_corruption.txt", "552_libya_cbl_exchange_rate.txt", "553_sudan_fasher_live.txt", "554_iraq_census_five_things.txt", "555_jordan_fuel_fils.txt",
            "556_algeria_wheat_tender.txt", "557_oman_lng_shipment.txt", "558_tunisia_water_cuts.txt", "559_morocco_throne_pardon.txt", "560_prisoners_society.txt", "561_aden_currency_interview.txt",
            "570_morocco_bam_rate_qa.txt", "571_algeria_new_wilaya_factbox.txt", "572_saudi_hajj_by_country_table.txt", "573_bahrain_laundering_correction.txt", "574_egypt_food_poisoning_numbered.txt", "575_lebanon_army_statement_quote.txt",
            "576_sudan_gezira_wheat_weekly.txt", "577_uae_fog_image_credits.txt", "578_gulf_roundup_three.txt", "579_red_sea_festival_awards.txt", "580_kuwait_assembly_vote_tweet.txt", "581_jordan_desert_highway_relative.txt",
            "590_saudi_meningitis_umrah.txt", "591_egypt_capmas_unemployment.txt", "592_iraq_supreme_court_mp.txt", "593_jordan_tawjihi_results.txt", "594_kuwait_residency_violators.txt", "595_houthi_centcom_claims.txt",
            "596_uae_midday_break.txt", "597_tunisia_minister_dismissal_fb.txt", "598_morocco_hcp_inflation_words.txt", "599_algeria_sonelgaz_peak_short.txt", "600_unhcr_chad_sudanese_refugees_long.txt", "601_bahrain_cabinet_pasted_twice.txt",
            "610_niger_somair_nationalisation.txt", "611_morocco_amazigh_new_year.txt", "612_jordan_gold_karat_amp.txt", "613_iraq_cbi_currency_auction.txt", "614_egypt_handball_super_globe.txt", "615_kuwait_zain_press_release.txt", "616_uae_appeal_initials.txt", "617_kurdistan_halabja_governorate.txt", "618_saudi_hijri_planting_season.txt", "619_lebanon_displaced_governorates.txt", "620_djibouti_au_commission_syndicated.txt", "621_oman_cyber_panos_vulnerability.txt",
            "622_israel_haaretz_translated_oped.txt", "623_uae_arabic_fiction_prize_guillemets.txt", "624_egypt_azhar_ifta_betting_fatwa.txt", "625_lebanon_syriac_patriarch_ordination.txt", "626_jordan_election_party_lists_table.txt", "627_algeria_eid_prayer_times_wilayas.txt", "628_saudi_startup_series_a_usd_sar.txt", "629_yemen_hadramawt_flood_districts_indic.txt", "630_syria_telegram_channel_digest.txt", "631_morocco_court_sentences_in_words.txt", "632_libya_tribal_reconciliation_titles_nisba.txt", "633_iraq_pdf_newspaper_page_faw_port.txt");

    @TempDir
    static Path dir;
    static Path project;
    static String stdout;
    static int exitCode;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.create(dir.resolve("project"));
        for (String seed : SEEDS) {
            // The saved web page is the one the reader of web pages is tested on.
            String resource = seed.endsWith(".html") ? "/org/nashra/ingest/web-page.html" : "/org/nashra/variety/" + seed;
            try (InputStream in = NewsVarietyTest.class.getResourceAsStream(resource)) {
                Files.write(project.resolve("seeds").resolve(seed), in.readAllBytes());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        exitCode = cli.execute("build", "--project", project.toString());
        stdout = out.toString(StandardCharsets.UTF_8);
    }

    private static String english(String id) throws IOException {
        return Files.readString(project.resolve("content/en/" + id + ".md"), StandardCharsets.UTF_8);
    }

    private static JsonNode view(String page) throws IOException {
        Matcher m = Pattern.compile("(?m)^view=(.*)$").matcher(page);
        assertTrue(m.find(), "a view line");
        return new ObjectMapper().readTree(m.group(1));
    }

    private static String meta(JsonNode view, String label) {
        for (JsonNode item : view.get("meta")) {
            if (item.get("label").asText().equals(label)) {
                return label.equals("Published") && item.has("datetime") ? item.get("datetime").asText() : item.get("value").asText();
            }
        }
        return "";
    }

    @Test
    void everyArticleBuildsWithoutAProblem() {
        assertEquals(0, exitCode, stdout);
        assertTrue(stdout.contains("Built " + SEEDS.size() + " of " + SEEDS.size() + " articles"), stdout);
        // One warning: the one-line flash's (it is short); a second where Pagefind is not installed and search is skipped.
        assertTrue(stdout.contains("0 errors, 1 warning") || stdout.contains("0 errors, 2 warnings"), stdout);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            010-sport   | Real Madrid and Barcelona: Arabic report of 15 March 2025                    | Reuters                 | 2025-03-15 | sport
            011-economy | Central Bank of Turkey and Recep Tayyip Erdoğan: undated Arabic report        | AFP                     | Publication date unknown | economy
            012-gaza    | The war in Gaza: Arabic report of 20 May 2024                                 | Al Jazeera + agencies   | 2024-05-20 | gaza-war,humanitarian
            013-egypt   | Abdel Fattah el-Sisi and Mostafa Madbouly: Arabic report of 12 December 2024  | Source unknown          | 2024-12-12 | energy
            014-spa     | Ahmed bin Ageel al-Khatib and Ministry of Tourism: Arabic report of 12 December 2024 | SPA              | 2024-12-12 | elections-politics,tourism-culture
            015-lebanon | Lebanon: undated Arabic report                                  | Asharq Al-Awsat         | Publication date unknown | lebanon
            016-budget  | Iraqi Parliament and Parliamentary Finance Committee: Arabic report of 14 January 2025 | شبكة الأخبار | 2025-01-14 | economy,elections-politics,energy
            017-quake   | Morocco and Moroccan Ministry of the Interior: Arabic report of 9 September 2023 | AFP      | 2023-09-09 | disasters
            018-court   | Kais Saied and Ahmed Souab: Arabic report of 19 April 2025                     | Reuters                 | 2025-04-19 | justice
            019-oil     | OPEC and Abdulaziz bin Salman: Arabic report of 2 June 2024                    | Reuters                 | 2024-06-02 | energy
            020-ai      | Microsoft and Mohamed bin Zayed: Arabic report of 30 August 2023               | WAM                     | 2023-08-30 | economy,technology
            021-storm   | Derna and Osman Abd al-Jalil: Arabic report of 13 September 2023       | Al Jazeera Net          | 2023-09-13 | disasters,humanitarian
            022-qatar   | The war in Gaza: Arabic report of 20 February 2024                             | QNA                     | 2024-02-20 | gaza-war
            030-interview | The coalition's mission and its transition: Arabic report of 3 October 2024  | Source unknown          | 2024-10-03 | coalition-mission
            031-live    | The war in Sudan: undated Arabic report                                        | Source unknown          | Publication date unknown | sudan-war
            032-opinion | The Kurdistan Region: undated Arabic report                                     | Source unknown          | Publication date unknown | kurdistan
            033-breaking | Lebanon: undated Arabic report                                  | Source unknown          | Publication date unknown | lebanon
            034-english-quote | Joe Biden and White House: Arabic report of 14 March 2024                | AFP                     | 2024-03-14 |
            041-kuna    | Housing: undated Arabic report | KUNA | Publication date unknown | housing
            042-petra   | Ministry of Foreign Affairs and Soufiane: Arabic report of 5 March 2024         | Petra                   | 2024-03-05 |
            043-wafa    | Ministry of Health and Jenin: Arabic report of 20 May 2024                      | WAFA                    | 2024-05-20 |
            050-captions | John Higgins: Arabic report of 13 December 2024                               | Agencies                | 2024-12-13 | economy
            052-hijri   | Salman bin Abdulaziz: Arabic report of 27 November 2024                         | Source unknown          | 2024-11-27 |
            060-football | Al Ahly and Zamalek: Arabic report of 24 October 2024                         | Source unknown          | 2024-10-24 | sport
            061-markets | Al Rajhi Bank and Saudi National Bank: Arabic report of 15 January 2025                | Source unknown          | 2025-01-15 | economy
            062-weather | Weather: Arabic report of 10 November 2024                                      | Source unknown          | 2024-11-10 | weather
            081-yemen   | Yemen and the Red Sea: Arabic report of 14 January 2024                         | Source unknown          | 2024-01-14 | yemen-red-sea
            082-turkey  | Republican People's Party (CHP) and Justice and Development Party (AKP): undated Arabic report | Anadolu Agency | Publication date unknown | elections-politics
            110-titles  | Saudi Council of Ministers and Mohammed bin Salman: Arabic report of 29 April 2024 | SPA                     | 2024-04-29 |
            120-cholera | World Health Organization and Sudan: Arabic report of 3 October 2024           | Source unknown          | 2024-10-03 | health
            121-tiktok  | US House of Representatives and ByteDance: Arabic report of 13 March 2024       | Sky News Arabia         | 2024-03-13 | elections-politics
            130-algeria | Independent National Election Authority (ANIE) and Abdelmadjid Tebboune: Arabic report of 8 September 2024 | APS | 2024-09-08 | elections-politics
            131-levant  | Lebanon: undated Arabic report                                    | National News Agency    | Publication date unknown | lebanon
            140-krg     | The Kurdistan Region: Arabic report of 12 June 2024                              | Rudaw                   | 2024-06-12 | kurdistan
            141-pmf     | Popular Mobilization Forces and Iraqi Federal Integrity Authority: undated Arabic report | Al-Mada              | Publication date unknown | justice
            150-tweet   | Elon Musk and SpaceX: undated Arabic report                                     | AFP                     | Publication date unknown | science-space
            151-obituary | Nour El-Sherif and Ibrahim Mahlab: Arabic report of 11 August 2015             | Al-Ahram                | 2015-08-11 | tourism-culture
            152-iran    | Iran's nuclear programme: undated Arabic report                                 | Agencies                | Publication date unknown | iran-nuclear
            153-morocco | Aziz Akhannouch and Abderrahim Chahid: Arabic report of 17 April 2024           | Hespress                | 2024-04-17 | economy
            154-film    | Mohammed Kardefani and Hind Sabri: Arabic report of 4 November 2023             | Tunis Afrique Presse (TAP) | 2023-11-04 | tourism-culture
            155-libya   | Stephanie Khoury and Mohamed al-Menfi: Arabic report of 3 June 2024             | Al-Wasat                | 2024-06-03 |
            156-tennis  | Ons Jabeur and Elena Rybakina: Arabic report of 12 July 2023                     | Reuters                 | 2023-07-12 | sport
            157-hajj    | General Authority for Statistics and Tawfiq bin Fawzan al-Rabia: Arabic report of 15 June 2024 | SPA     | 2024-06-15 | religion
            158-explainer | BRICS and International Monetary Fund: undated Arabic report                  | Al Jazeera Net          | Publication date unknown | economy
            159-updates | Red Eléctrica and Pedro Sanchez: Arabic report of 28 April 2025                  | Agencies                | 2025-04-28 |
            160-rates   | Borsa al-Kefah and Central Bank of Iraq: Arabic report of 9 February 2025       | Alsumaria News          | 2025-02-09 | economy
            161-tashkeel | Grand Mosque and Abdul Rahman al-Sudais: Arabic report of 7 March 2025 | SPA                     | 2025-03-07 | religion
            170-sadr    | Sadrist Movement and Muqtada al-Sadr: undated Arabic report                     | Shafaq News             | Publication date unknown |
            171-syria   | Syria: Arabic report of 16 March 2025                                            | SANA                    | 2025-03-16 | syria
            172-salah   | Liverpool and Mohammed Salah: Arabic report of 1 December 2024                   | BBC Arabic              | 2024-12-01 | sport
            173-unsc    | The war in Gaza: Arabic report of 25 March 2024                                  | Source unknown          | 2024-03-25 | gaza-war
            174-police  | Ministry of the Interior and Basra: Arabic report of 14 May 2024                 | Alsumaria News          | 2024-05-14 | justice
            175-cop     | Climate change: Arabic report of 13 December 2023                                | WAM                     | 2023-12-13 | climate
            176-crash   | American Airlines and John Donnelly: Arabic report of 29 January 2025            | France 24               | 2025-01-29 | accidents
            177-kuwait  | National Assembly and Mishal al-Ahmad al-Jaber al-Sabah: Arabic report of 10 May 2024 | KUNA               | 2024-05-10 | elections-politics
            178-somalia | Somalia and Hassan Sheikh Mohamud: undated Arabic report                         | Source unknown          | Publication date unknown |
            179-noheadline | Iraqi Ministry of Education and Karim al-Sayed: Arabic report of 20 July 2024 | Source unknown          | 2024-07-20 | education
            180-crlf    | TotalEnergies and Iraqi Ministry of Oil: Arabic report of 10 July 2023           | Reuters                 | 2023-07-10 | energy
            181-persian | Hossein Amir-Abdollahian and Baghdad: undated Arabic report                      | Source unknown          | Publication date unknown |
            183-parens  | The war in Gaza: Arabic report of 18 October 2023                                | Reuters                 | 2023-10-18 | gaza-war,humanitarian
            184-email   | The war in Ukraine: undated Arabic report                                        | Source unknown          | Publication date unknown | ukraine-war
            185-table   | Independent High Electoral Commission (IHEC) and Kurdistan Democratic Party (KDP): Arabic report of 16 November 2021 | Iraqi News Agency (INA) | 2021-11-16 | elections-politics
            190-aoun    | Lebanon: Arabic report of 9 January 2025                           | National News Agency    | 2025-01-09 | lebanon,elections-politics
            191-ronaldo | Cristiano Ronaldo and Al Nassr: Arabic report of 5 September 2024                | Al Arabiya.net          | 2024-09-05 | sport
            192-westbank | The West Bank: undated Arabic report                                            | WAFA                    | Publication date unknown | west-bank
            193-dengue  | Yemeni Ministry of Public Health and Population and Ali al-Walidi: Arabic report of 2 September 2024 | Saba News Agency | 2024-09-02 | health
            194-chatgpt | OpenAI and Sam Altman: Arabic report of 7 August 2025                            | Sky News Arabia         | 2025-08-07 | technology
            195-algeria-france | Western Sahara and Algerian Ministry of Foreign Affairs and the National Community Abroad: Arabic report of 30 July 2024 | APS | 2024-07-30 |
            196-jordan  | Central Bank of Jordan and Adel Sherkas: Arabic report of 7 November 2024        | Petra                   | 2024-11-07 | economy
            200-sudan-rsf | The war in Sudan: Arabic report of 21 March 2025                             | AFP                     | 2025-03-21 | sudan-war
            201-julani  | Syria: Arabic report of 30 January 2025                                          | Al Jazeera + agencies   | 2025-01-30 | syria
            202-saudi-cabinet | Saudi Council of Ministers and Salman bin Abdulaziz: Arabic report of 13 August 2024 | SPA                | 2024-08-13 | economy
            203-ahly-zamalek | Zamalek and Al Ahly: Arabic report of 29 June 2024                          | Ahram Gate              | 2024-06-29 | sport
            204-bookfair | Mostafa Madbouly and Salim Hassan: undated Arabic report                        | Asharq Al-Awsat         | Publication date unknown | tourism-culture
            205-apple-correction | Apple and Tim Cook: Arabic report of 10 September 2024                  | Sky News Arabia         | 2024-09-10 | technology
            206-travel-advisory | Lebanon: Arabic report of 3 August 2024                    | An-Nahar                | 2024-08-03 | lebanon
            207-ramadan-moon | Saudi Supreme Court and Abdullah al-Khedairi: Arabic report of 1 March 2025 | Sabq                    | 2025-03-01 | religion
            208-iraq-results | Jalila Khalil and Basra: Arabic report of 19 December 2023                  | Shafaq News             | 2023-12-19 | elections-politics
            209-lebanon-strike | Lebanon: Arabic report of 1 October 2024                    | National News Agency    | 2024-10-01 | humanitarian,lebanon
            210-aramco  | Saudi Aramco and Saudi Exchange (Tadawul): Arabic report of 5 November 2024      | Reuters                 | 2024-11-05 | economy,energy
            211-afcon   | Rabat and Walid Regragui: Arabic report of 27 January 2025                         | Hespress                | 2025-01-27 | sport
            212-vaccine | Egyptian Ministry of Health and Population and Hossam Abdel Ghaffar: Arabic report of 23 February 2025 | Youm7 | 2025-02-23 | health
            213-thanaweya | Mohammed Abd al-Latif and Maryam Mohammed Ahmed: Arabic report of 3 August 2024  | Masrawy                 | 2024-08-03 | education
            214-beijing | Wang Yi and Saudi Arabia: Arabic report of 10 March 2023                          | Xinhua                  | 2023-03-10 | diplomacy
            215-jordan-court | State Security Court and Mohammed al-Afif: Arabic report of 15 January 2025  | Al-Rai                  | 2025-01-15 | justice
            216-cyclone | National Committee for Emergency Management and South Al Batinah: Arabic report of 3 October 2021 | Oman News Agency (ONA) | 2021-10-03 | disasters,weather
            217-water   | Climate change: Arabic report of 6 July 2023                                      | Alsumaria News          | 2023-07-06 | climate,water
            218-tunisia-vote | Kais Saied and Independent High Authority for Elections (ISIE): Arabic report of 7 October 2024 | Tunis Afrique Presse (TAP) | 2024-10-07 | elections-politics
            219-qatar-presser | The war in Gaza: Arabic report of 14 January 2025                          | QNA                     | 2025-01-14 | gaza-war
            220-starmer | Keir Starmer and Labour Party: Arabic report of 5 July 2024                       | BBC Arabic              | 2024-07-05 | elections-politics
            221-transfer | Barcelona and Danny Olmo: Arabic report of 9 August 2024                         | Kooora                  | 2024-08-09 | sport
            222-pound   | Egypt and Central Bank of Egypt: Arabic report of 6 March 2024                    | Reuters                 | 2024-03-06 | economy
            223-hijri-header | Grand Mosque and Salman bin Abdulaziz: Arabic report of 21 March 2024        | SPA                     | 2024-03-21 | religion
            224-barzani | The Kurdistan Region: Arabic report of 18 February 2024                            | Rudaw                   | 2024-02-18 | kurdistan
            300-uae-space | Mohammed Bin Rashid Space Centre and United Arab Emirates: Arabic report of 14 January 2025 | WAM | 2025-01-14 | science-space
            301-oman-decree | Haitham bin Tarek and Said bin Mohammed al-Saqri: Arabic report of 31 March 2024 | Oman News Agency (ONA) | 2024-03-31 | elections-politics
            302-iraq-budget | Iraqi Parliament and Jamal Koger: Arabic report of 12 March 2024 | Alsumaria News | 2024-03-12 | economy,energy
            303-prisoners | The war in Gaza: Arabic report of 20 January 2025 | Ma'an News Agency | 2025-01-20 | gaza-war
            304-bakkali | Soufiane El Bakkali and Paris: undated Arabic report | Hespress | Publication date unknown | sport
            305-mauritania | United Nations and UNICEF: undated Arabic report | Al-Akhbar | Publication date unknown | humanitarian
            306-train   | Zaqaziq and Egyptian Ministry of Health and Population: Arabic report of 10 September 2024 | Youm7 | 2024-09-10 | accidents,justice
            307-salameh | Lebanon: Arabic report of 4 September 2024 | An-Nahar | 2024-09-04 | economy,justice,lebanon
            308-arab-summit | The war in Gaza: Arabic report of 16 May 2024 | BNA | 2024-05-16 | diplomacy,gaza-war
            309-cyprus-gas | Eni and TotalEnergies: Arabic report of 22 August 2022 | Asharq Al-Awsat | 2022-08-22 | energy
            310-locust  | Food and Agriculture Organization (FAO) and Ministry of Agriculture: Arabic report of 2 March 2024 | Al-Masry Al-Youm | 2024-03-02 | agriculture,weather
            311-lulu-ipo | Lulu Retail and Abu Dhabi Securities Exchange: Arabic report of 28 October 2024 | Al Arabiya Business | 2024-10-28 | economy
            320-suez-revenue | Yemen and the Red Sea: Arabic report of 20 June 2024 | Al-Masry Al-Youm | 2024-06-20 | yemen-red-sea
            321-neom-hijri | Saudi Council of Ministers and NEOM: Arabic report of 24 January 2024 | SPA | 2024-01-24 | sport
            322-lebanon-interview | Lebanon: Arabic report of 5 January 2025 | Al Jadeed | 2025-01-05 | elections-politics,lebanon
            323-iran-live | Masoud Pezeshkian and Saeed Jalili: Arabic report of 5 July 2024 | BBC News Arabic | 2024-07-05 | elections-politics
            324-algeria-fires-photos | Algerian Ministry of the Interior and Boualem Boughlef: Arabic report of 25 July 2023 | Echorouk Online | 2023-07-25 | disasters
            325-libya-oil-statement | Sharara oil field and National Oil Corporation: Arabic report of 8 August 2024 | Ministry of Oil and Gas | 2024-08-08 | energy
            326-taiwan-drills | Lai Ching-te and Taiwan: Arabic report of 23 May 2024 | Al Arabiya.net | 2024-05-23 | defence,technology
            327-sfax-smugglers | Sfax and Fawzi al-Masmoudi: Arabic report of 15 March 2024 | Mosaique FM | 2024-03-15 | justice,migration
            328-hassan-youssef-obit | Hassan Youssef and Abdullah: Arabic report of 29 October 2024 | Ahram Gate | 2024-10-29 | tourism-culture
            329-hilal-ittihad | Al Hilal and Al Ittihad: Arabic report of 2 March 2024 | Arriyadiyah | 2024-03-02 | sport
            330-diabetes-study | Hamad Bin Khalifa University and Hamad Medical Corporation: Arabic report of 3 November 2024 | Al Jazeera Net + The Lancet | 2024-11-03 | health
            331-erdogan-cairo | The war in Gaza: Arabic report of 14 February 2024 | MENA | 2024-02-14 | diplomacy,gaza-war
            340-gulf-markets | Saudi Arabia and Al Rajhi Bank: Arabic report of 6 February 2025 | Mubasher | 2025-02-06 | economy
            341-royal-order | Al-Jouf and Salman bin Abdulaziz: Arabic report of 13 October 2024 | SPA | 2024-10-13 | elections-politics
            342-basra-council | Basra and Khalaf al-Badran: undated Arabic report | Shafaq News | Publication date unknown | elections-politics
            343-yemen-truce | Yemen and the Red Sea: Arabic report of 12 June 2024 | Sputnik + Anadolu Agency | 2024-06-12 | yemen-red-sea
            344-haouz-reconstruction | Al Haouz and Marrakech: Arabic report of 7 September 2024 | MAP | 2024-09-07 | disasters
            345-kuwait-verdict | Kuwaiti Court of Appeal and Kuwaiti Court of Cassation: Arabic report of 19 November 2024 | KUNA | 2024-11-19 | justice
            346-egypt-prices | Egyptian Council of Ministers and Mostafa Madbouly: Arabic report of 21 February 2024 | MENA | 2024-02-21 | economy
            347-syria-return | Syria: Arabic report of 4 March 2025 | Anadolu Agency | 2025-03-04 | humanitarian,syria
            350-qatar-lng | QatarEnergy and ConocoPhillips: Arabic report of 20 December 2022 | QNA | 2022-12-20 | energy
            351-bahrain-parliament | Bahraini Council of Representatives and Ahmed bin Salman al-Muslim: Arabic report of 4 February 2025 | BNA | 2025-02-04 | economy,elections-politics
            352-sudan-humanitarian | The war in Sudan: Arabic report of 24 December 2024 | UN News | 2024-12-24 | agriculture,humanitarian,sudan-war
            353-riyadh-season | Turki Alalshikh and General Entertainment Authority: Arabic report of 5 January 2025 | SPA | 2025-01-05 | entertainment
            354-iraq-electricity | Iraqi Ministry of Electricity and Basra: undated Arabic report | Shafaq News | Publication date unknown | energy
            355-egypt-archaeology | Zahi Hawass and Ministry of Tourism and Antiquities: Arabic report of 16 February 2025 | Ahram Gate | 2025-02-16 | tourism-culture
            356-kuwait-dissolution | National Assembly and Mishal al-Ahmad al-Jaber al-Sabah: Arabic report of 10 May 2024 | KUNA | 2024-05-10 | elections-politics
            357-algeria-coach | Patrice Bommel and CR Belouizdad: Arabic report of 12 December 2024 | APS | 2024-12-12 | sport
            358-factcheck | Mauritanian Independent Committee of Elections and Nouakchott: Arabic report of 1 July 2024 | Misbar | 2024-07-01 | elections-politics,fact-check
            359-jordan-weather | Jordan Valley and Aqaba: Arabic report of 18 July 2024 | Petra | 2024-07-18 | weather
            360-oped-deposits | Lebanon: Arabic report of 3 March 2025 | Nidaa al-Watan | 2025-03-03 | economy,lebanon
            361-jordan-cabinet | Jafar Hassan and King Abdullah II: Arabic report of 18 September 2024 | Al-Mamlaka TV | 2024-09-18 | elections-politics
            370-oman-tanker | Omani Ministry of Defence and International Maritime Organization: Arabic report of 16 July 2024 | Oman News Agency (ONA) | 2024-07-16 | accidents
            371-libya-central-bank | House of Representatives and Presidential Council of Libya: Arabic report of 18 August 2024 | Sputnik | 2024-08-18 | economy,elections-politics,energy
            372-syria-redenomination | Syria: Arabic report of 3 December 2025 | Enab Baladi | 2025-12-03 | economy,syria
            373-uae-court | Abu Dhabi Federal Criminal Court and James Carter: Arabic report of 23 November 2024 | WAM | 2024-11-23 | justice
            374-iraq-league | Al-Shorta and Mohanad Ali: Arabic report of 7 February 2025 | Kooora | 2025-02-07 | sport
            375-jordan-water-tariff | Raed Abu al-Saud and Jordanian Council of Ministers: Arabic report of 15 September 2024 | Petra | 2024-09-15 | economy,water
            376-tunisia-olive-oil | Tunisia and Mohammed Nasraoui: Arabic report of 22 July 2024 | Tunis Afrique Presse (TAP) | 2024-07-22 | agriculture
            377-lebanon-president-rounds | Lebanon: Arabic report of 9 January 2025 | Al-Nashra | 2025-01-09 | elections-politics,lebanon
            378-kuwait-ipo | Boursa Kuwait and Kamco Invest: Arabic report of 5 December 2024 | KUNA | 2024-12-05 | economy
            381-kaust-study | King Abdullah University of Science and Technology (KAUST) and Nour al-Din Ghafoor: Arabic report of 19 September 2024 | SPA | 2024-09-19 | science-space,water
            390-nile-dam | Egypt and Ministry of Water Resources and Irrigation: Arabic report of 19 December 2023 | MENA | 2023-12-19 | diplomacy,water
            391-doping-ban | Ruth Chepngetich and World Anti-Doping Agency (WADA): Arabic report of 24 July 2025 | Anadolu Agency | 2025-07-24 | sport
            392-kuwait-recall | Kuwaiti Ministry of Trade and Industry and Toyota: Arabic report of 12 May 2024 | KUNA | 2024-05-12 | economy
            393-tunisia-doctors-strike | Wagih Thekar and Tunisian Organisation of Young Doctors: Arabic report of 28 June 2025 | Mosaique FM | 2025-06-28 | health
            394-riyadh-metro-5things | Royal Commission for Riyadh City and Riyadh: Arabic report of 1 December 2024 | Al Arabiya.net | 2024-12-01 | transport
            395-iran-fuel-mixed-digits | Fatima Mohajerani and Iranian Council of Ministers: Arabic report of 2 December 2024 | IRNA | 2024-12-02 | energy
            396-mauritania-results-regions | Biram Dah Abeid and Mauritanian Independent Committee of Elections: Arabic report of 1 July 2024 | Mauritanian News Agency | 2024-07-01 | elections-politics
            397-bahrain-f1 | Max Verstappen and Red Bull: Arabic report of 2 March 2024 | BNA | 2024-03-02 | sport
            399-qatar-ambassadors | Tamim bin Hamad Al Thani and Qatar: Arabic report of 17 February 2024 | QNA | 2024-02-17 | diplomacy
            400-sharjah-accident | Sharjah and Mohammed Alay al-Negbi: Arabic report of 14 October 2024 | Al Khaleej | 2024-10-14 | accidents
            401-museum-opening | Ahmed Ghonim and Grand Egyptian Museum: Arabic report of 4 November 2025 | Al-Masry Al-Youm | 2025-11-04 | tourism-culture
            410-prisoner-exchange-list | The war in Gaza: Arabic report of 25 January 2025 | Ma'an News Agency | 2025-01-25 | gaza-war,west-bank
            411-morocco-question-time | Mohammed Saad Berrada and Rachid Hammouni: Arabic report of 19 November 2024 | Hespress | 2024-11-19 | education
            412-qatar-worldcup-anniversary | FIFA and Qatar: Arabic report of 20 November 2024 | QNA | 2024-11-20 | sport
            413-sudan-jeddah-talks | The war in Sudan: Arabic report of 29 October 2023 | Reuters | 2023-10-29 | humanitarian,sudan-war
            414-dubai-real-estate | Dubai and Hamdi Saad: Arabic report of 26 September 2024 | Al Khaleej | 2024-09-26 | economy
            416-yemen-rial-two-rates | Yemen and the Red Sea: Arabic report of 3 June 2024 | Al-Masdar Online | 2024-06-03 | economy,yemen-red-sea
            417-egypt-cassation | Court of Cassation and Mohammed Adel: Arabic report of 12 June 2024 | Youm7 | 2024-06-12 | justice
            418-jordan-university-ranking | University of Jordan and Jordan University of Science and Technology: Arabic report of 4 June 2024 | Petra | 2024-06-04 | education,technology
            419-lebanon-banking-secrecy | Lebanon: Arabic report of 24 April 2025 | An-Nahar | 2025-04-24 | economy,elections-politics,lebanon
            420-saudi-visa-fees | Visas and residency: Arabic report of 26 February 2024 | Sabq | 2024-02-26 | religion,tourism-culture,visas-residency
            421-uae-space-mission | Sultan Al Neyadi and SpaceX: Arabic report of 4 September 2023 | WAM | 2023-09-04 | science-space
            430-kuwait-marine-warning | Kuwaiti General Department of Civil Aviation and Abd al-Aziz al-Krawi: Arabic report of 4 February 2025 | KUNA | 2025-02-04 | transport,weather
            431-boraq-ridership | Tangier and Casablanca: Arabic report of 16 January 2025 | MAP | 2025-01-16 | transport
            432-poet-obituary | Sharjah and Salem bin Ali al-Owais: Arabic report of 22 January 2025 | WAM | 2025-01-22 | tourism-culture
            433-saudi-women-league | Al Ittihad and Al Nassr: Arabic report of 21 September 2024 | SPA | 2024-09-21 | sport
            434-tunisia-strike-live | Noureddine Taboubi and Youssef Chahed: Arabic report of 17 January 2019 | France 24 | 2019-01-17 | economy,transport
            435-egypt-wheat-tender | Egypt and GASC (General Authority for Supply Commodities): Arabic report of 13 November 2024 | Reuters | 2024-11-13 | agriculture
            436-petra-visitors | Ison al-Mahadin and Fares: Arabic report of 5 January 2025 | Petra | 2025-01-05 | tourism-culture
            437-oman-sultan-belgium | Belgium and Philippe: Arabic report of 7 December 2023 | Oman News Agency (ONA) | 2023-12-07 | diplomacy
            438-olive-harvest | The West Bank: Arabic report of 27 October 2023 | Anadolu Agency | 2023-10-27 | agriculture,west-bank
            439-lebanon-fuel-oil | Waleed Fayadh and Lebanon: Arabic report of 16 August 2024 | Sputnik | 2024-08-16 | energy
            440-syria-quake-anniversary | Aleppo and Latakia: Arabic report of 6 February 2024 | SANA | 2024-02-06 | disasters,health,humanitarian
            441-qatar-traffic-faq | General Directorate of Traffic and Qatari Ministry of the Interior: Arabic report of 1 September 2024 | QNA | 2024-09-01 | transport
            450-saudi-budget-deficit | Saudi Council of Ministers and Mohammed bin Salman: Arabic report of 26 November 2024 | Al Eqtisadiah | 2024-11-26 | economy
            452-kuwait-interpellation | National Assembly and Muhalhal al-Mudhaf: Arabic report of 7 February 2024 | Al Jarida | 2024-02-07 | elections-politics
            454-riyadh-air-order | Boeing and Riyadh Air: Arabic report of 13 November 2024 | Reuters | 2024-11-13 | transport
            455-houthi-ship-attack | Yemen and the Red Sea: Arabic report of 22 August 2024 | The New Arab | 2024-08-22 | yemen-red-sea
            456-gaza-aid-trucks | The war in Gaza: Arabic report of 14 July 2024 | Anadolu Agency | 2024-07-14 | gaza-war,humanitarian
            457-derna-reconstruction | Derna and United Nations: Arabic report of 16 September 2024 | Sputnik | 2024-09-16 | disasters
            458-tunisia-phosphate | Gafsa Phosphate Company and Tunisian Chemical Group: Arabic report of 8 January 2024 | Tunis Afrique Presse (TAP) | 2024-01-08 | 
            459-arab-cup-final-live | Tunisia and Algeria: Arabic report of 18 December 2021 | Kooora | 2021-12-18 | sport
            460-ceuta-customs-reopening | Ceuta and Morocco: Arabic report of 8 January 2025 | Hespress | 2025-01-08 | economy
            461-iraq-provincial-allocations | Iraqi Ministry of Planning and Abd al-Zahra al-Hendawi: Arabic report of 14 April 2024 | 964 Network | 2024-04-14 | economy,energy
            471-qatar-mediation-hostages | Qatari Ministry of Foreign Affairs and Qatar: Arabic report of 26 January 2024 | QNA | 2024-01-26 | diplomacy
            472-kuwait-citizenship-revocation | Kuwaiti Council of Ministers and Ahmed Abdullah al-Ahmed al-Sabah: Arabic report of 15 December 2024 | Al-Rai | 2024-12-15 | elections-politics
            473-jordan-royal-birth | Rajwa Al Hussein and Royal Hashemite Court: Arabic report of 3 August 2024 | Petra | 2024-08-03 | 
            474-ramadan-series-ranking | Shahid and MBC: Arabic report of 24 March 2024 | FilFan | 2024-03-24 | tourism-culture
            477-riyadh-botulism | Saudi Ministry of Health and Riyadh: Arabic report of 29 April 2024 | SPA | 2024-04-29 | health
            479-zakat-fitr | Dar al-Ifta al-Misriyyah and Shawki Allam: Arabic report of 9 March 2024 | Youm7 | 2024-03-09 | religion
            480-sonatrach-eni-gas | Sonatrach and Eni: Arabic report of 23 January 2025 | APS | 2025-01-23 | energy
            481-flynas-new-route | flynas and Tashkent: Arabic report of 8 May 2024 | Al Eqtisadiah | 2024-05-08 | economy,transport
            491-uae-central-bank-rate | Central Bank of the UAE and US Federal Reserve: Arabic report of 19 December 2024 | WAM | 2024-12-19 | economy
            492-iraq-oil-exports-terminals | SOMO (Iraqi State Organization for Marketing of Oil) and Ceyhan: Arabic report of 1 December 2024 | Iraqi News Agency (INA) | 2024-12-01 | economy,energy
            493-pa-salaries | Palestinian Ministry of Finance and Omar al-Bitar: Arabic report of 12 November 2024 | WAFA | 2024-11-12 | economy
            495-tunisia-governor-dismissal | Kais Saied and Gafsa: Arabic report of 23 January 2025 | Tunis Afrique Presse (TAP) | 2025-01-23 | elections-politics
            496-qatar-airways-route | Damascus and Qatar Airways: Arabic report of 14 February 2025 | QNA | 2025-02-14 | transport
            497-egypt-cup-final | Zamalek and Pyramids FC: Arabic report of 30 May 2025 | Yallakora | 2025-05-30 | sport
            498-saudi-unesco | Heritage Commission and Faw: Arabic report of 27 July 2024 | SPA | 2024-07-27 | tourism-culture
            499-libya-noc-force-majeure | Libya and National Oil Corporation: Arabic report of 5 August 2024 | Reuters | 2024-08-05 | energy
            500-bahrain-morning-digest | News roundup: Arabic report of 20 November 2024 | Akhbar Al Khaleej | 2024-11-20 | sport,transport,weather
            501-sputnik-moscow-hamas | The war in Gaza: Arabic report of 29 April 2025 | Sputnik | 2025-04-29 | gaza-war
            510-tadawul-close | Al Rajhi Bank and Saudi Aramco: Arabic report of 10 December 2024 | Argaam | 2024-12-10 | economy
            511-oman-municipal-turnout | Omani Ministry of the Interior and Hammoud bin Faisal al-Boussaidi: Arabic report of 5 December 2022 | Oman News Agency (ONA) | 2022-12-05 | elections-politics
            512-syria-gold-dollar | Syria: Arabic report of 29 September 2024 | Al-Iqtisadi | 2024-09-29 | economy,syria
            513-morocco-rail-extension | Marrakech and Mohammed VI: Arabic report of 24 April 2025 | MAP | 2025-04-24 | transport
            514-lebanon-municipal-results | Lebanon: Arabic report of 12 May 2025 | National News Agency | 2025-05-12 | elections-politics,lebanon
            516-qatar-national-day-programme | Darb Al Saai and Lusail: Arabic report of 15 December 2024 | QNA | 2024-12-15 | tourism-culture
            517-sczone-chinese-contract | Waleed Jamal al-Din and LONGi: Arabic report of 14 January 2025 | Suez Canal Economic Zone (SCZONE) | 2025-01-14 | energy
            518-kurdistan-salaries | The Kurdistan Region: Arabic report of 25 June 2025 | Rudaw | 2025-06-25 | economy,kurdistan
            519-jordan-pm-flash | King Abdullah II and Jafar Hassan: Arabic report of 15 September 2024 | Ammon News | 2024-09-15 | elections-politics
            533-gaza-ceasefire-talks | The war in Gaza: Arabic report of 9 April 2025 | Reuters | 2025-04-09 | gaza-war
            534-iraq-electricity-imports | Trade Bank of Iraq and Iraqi Ministry of Electricity: Arabic report of 28 April 2024 | Iraqi News Agency (INA) | 2024-04-28 | energy
            535-libya-migrant-rescue | Libya and International Organization for Migration: Arabic report of 3 August 2024 | France 24 | 2024-08-03 | migration
            536-kuwait-amir-pardon | Mishal al-Ahmad al-Jaber al-Sabah and Fahed Youssef Saud al-Sabah: Arabic report of 24 February 2025 | KUNA | 2025-02-24 | justice
            537-salalah-frankincense | Dhofar and Oman: Arabic report of 15 October 2024 | Heritage and Tourism Ministry | 2024-10-15 | tourism-culture
            538-jordan-water-carrier | Jordanian Ministry of Water and Irrigation and Aqaba: Arabic report of 12 September 2024 | Al-Mamlaka TV | 2024-09-12 | water
            539-saudi-robotic-surgery | Feras Khalil and King Faisal Specialist Hospital: Arabic report of 11 September 2024 | Sabq | 2024-09-11 | health
            540-qatar-cassation-commercial | Qatari Court of Cassation and Qatari Court of Appeal: Arabic report of 9 December 2024 | Al-Raya | 2024-12-09 | justice
            541-mauritania-decree-ministers | Al-Mokhtar Ould Ajayi and Moulaye Ould Mohamed Laghdaf: Arabic report of 24 August 2024 | Mauritanian News Agency | 2024-08-24 | elections-politics
            550-saudi-transfer-euros | Al Nassr and Jayson Castro: Arabic report of 22 August 2024 | Al Riyadh | 2024-08-22 | sport
            551-egypt-acquittal-corruption | Mahmoud Abd al-Hamid Salem and Essam al-Din Farid: Arabic report of 15 September 2024 | Al-Masry Al-Youm | 2024-09-15 | justice
            552-libya-cbl-exchange-rate | Tripoli and Central Bank of Libya: Arabic report of 31 December 2024 | Al-Wasat | 2024-12-31 | economy
            553-sudan-fasher-live | The war in Sudan: Arabic report of 13 September 2024 | Sky News Arabia | 2024-09-13 | humanitarian,sudan-war
            554-iraq-census-five-things | Population and censuses: Arabic report of 25 November 2024 | Shafaq News | 2024-11-25 | kurdistan,population
            555-jordan-fuel-fils | Oil Derivatives Pricing Committee and Ministry of Energy and Mineral Resources: Arabic report of 30 September 2024 | Petra | 2024-09-30 | energy
            556-algeria-wheat-tender | Youssef Cherfa and Algeria: Arabic report of 17 October 2024 | Echorouk Online | 2024-10-17 | agriculture
            557-oman-lng-shipment | Oman LNG and Oman: Arabic report of 8 December 2024 | Oman News Agency (ONA) | 2024-12-08 | energy
            558-tunisia-water-cuts | SONEDE and Sfax: Arabic report of 6 August 2024 | Mosaique FM | 2024-08-06 | water
            559-morocco-throne-pardon | Mohammed VI and Ministry of Justice: Arabic report of 29 July 2024 | Hespress | 2024-07-29 | justice
            560-prisoners-society | The war in Gaza: Arabic report of 8 October 2024 | WAFA | 2024-10-08 | gaza-war
            561-aden-currency-interview | Yemen and the Red Sea: Arabic report of 15 October 2024 | Aden Al-Ghad | 2024-10-15 | economy,yemen-red-sea
            570-morocco-bam-rate-qa | Bank Al-Maghrib and Abdellatif Jouahri: Arabic report of 18 December 2024 | Hespress | 2024-12-18 | agriculture,economy
            572-saudi-hajj-by-country-table | General Authority for Statistics and Ministry of Hajj and Umrah: Arabic report of 18 June 2024 | SPA | 2024-06-18 | religion
            573-bahrain-laundering-correction | Bahraini High Criminal Court and Ahmed al-Hammadi: Arabic report of 7 November 2024 | BNA | 2024-11-07 | justice
            574-egypt-food-poisoning-numbered | Egyptian Ministry of Health and Population and Hossam Abdel Ghaffar: Arabic report of 22 July 2024 | Masrawy | 2024-07-22 | health
            575-lebanon-army-statement-quote | Lebanon: Arabic report of 26 October 2023 | Anadolu Agency | 2023-10-26 | lebanon
            576-sudan-gezira-wheat-weekly | Gezira Scheme and Food and Agriculture Organization (FAO): Arabic report of 13 March 2025 | السوداني الاقتصادي | 2025-03-13 | agriculture
            578-gulf-roundup-three | News roundup: Arabic report of 12 May 2024 | Alkhaleej Online | 2024-05-12 | energy
            579-red-sea-festival-awards | Red Sea International Film Festival and Spike Lee: Arabic report of 15 December 2024 | Arab News | 2024-12-15 | tourism-culture
            580-kuwait-assembly-vote-tweet | Housing: Arabic report of 2 August 2023 | KUNA | 2023-08-02 | elections-politics,housing
            581-jordan-desert-highway-relative | Karak and Amer al-Sartawi: Arabic report of 21 June 2024 | Petra | 2024-06-21 | accidents,transport
            590-saudi-meningitis-umrah | Saudi Ministry of Health and Mohammed al-Abdulali: Arabic report of 12 January 2025 | SPA | 2025-01-12 | health,religion
            591-egypt-capmas-unemployment | CAPMAS and Medhat Nafi: Arabic report of 17 November 2024 | Masrawy | 2024-11-17 | economy,labour
            592-iraq-supreme-court-mp | Iraqi Parliament and Iraqi Federal Supreme Court: Arabic report of 6 November 2024 | Shafaq News | 2024-11-06 | elections-politics,justice
            593-jordan-tawjihi-results | Azmi Mahafzah and Nawaf al-Ajarmeh: Arabic report of 3 August 2024 | Petra | 2024-08-03 | education
            594-kuwait-residency-violators | Visas and residency: Arabic report of 21 November 2024 | KUNA | 2024-11-21 | visas-residency
            595-houthi-centcom-claims | Yemen and the Red Sea: Arabic report of 11 December 2024 | Al Jazeera Net | 2024-12-11 | yemen-red-sea
            596-uae-midday-break | MoHRE and Mohsen Ali al-Nasi: Arabic report of 10 June 2024 | WAM | 2024-06-10 | labour
            597-tunisia-minister-dismissal-fb | Ibrahim al-Chaibi and Kais Saied: Arabic report of 4 October 2024 | Tunis Afrique Presse (TAP) | 2024-10-04 | elections-politics,religion
            598-morocco-hcp-inflation-words | High Commission for Planning and Mohammed Jadri: Arabic report of 22 October 2024 | MAP | 2024-10-22 | economy
            599-algeria-sonelgaz-peak-short | Sonelgaz: Arabic report of 22 July 2024 | APS | 2024-07-22 | energy
            600-unhcr-chad-sudanese-refugees-long | The war in Sudan: Arabic report of 15 October 2024 | UN News | 2024-10-15 | humanitarian,sudan-war
            601-bahrain-cabinet-pasted-twice | Housing: Arabic report of 7 October 2024 | BNA | 2024-10-07 | diplomacy,elections-politics,housing
            610-niger-somair-nationalisation | Orano and Somair: Arabic report of 20 June 2025 | Monte Carlo Doualiya | 2025-06-20 | economy,energy
            611-morocco-amazigh-new-year | Mohammed VI and Tiznit: Arabic report of 14 January 2025 | Hespress | 2025-01-14 | tourism-culture
            612-jordan-gold-karat-amp | Rabhi Alan: Arabic report of 22 April 2025 | Roya News | 2025-04-22 | economy
            613-iraq-cbi-currency-auction | Central Bank of Iraq and Baghdad: Arabic report of 8 September 2024 | Shafaq News | 2024-09-08 | economy
            614-egypt-handball-super-globe | Zamalek and Veszprém: Arabic report of 7 November 2024 | FilGoal | 2024-11-07 | sport
            615-kuwait-zain-press-release | Zain Kuwait and Ericsson: Arabic report of 3 December 2024 | Zain | 2024-12-03 | technology
            616-uae-appeal-initials | Dubai Court of Appeal and Dubai Police: Arabic report of 14 May 2025 | Emarat Al Youm | 2025-05-14 | justice
            617-kurdistan-halabja-governorate | Halabja and Iraqi Parliament: Arabic report of 14 April 2025 | Rudaw | 2025-04-14 | elections-politics
            618-saudi-hijri-planting-season | Climate change: Arabic report of 14 November 2024 | SPA | 2024-11-14 | agriculture,climate
            619-lebanon-displaced-governorates | Lebanon: Arabic report of 10 November 2024 | National News Agency | 2024-11-10 | humanitarian,lebanon
            620-djibouti-au-commission-syndicated | Mahmoud Ali Youssouf and Africa: Arabic report of 16 February 2025 | Qiraat Afrikiya | 2025-02-16 | diplomacy,elections-politics
            621-oman-cyber-panos-vulnerability | National Centre for Information Safety (Oman CERT) and Ministry of Transport, Communications and Information Technology: Arabic report of 14 April 2024 | Atheer | 2024-04-14 | technology
            622-israel-haaretz-translated-oped | The war in Gaza: Arabic report of 23 March 2025 | Arab 48 | 2025-03-23 | economy,elections-politics,gaza-war
            623-uae-arabic-fiction-prize-guillemets | Syria: Arabic report of 24 April 2025 | Asharq Al-Awsat | 2025-04-24 | elections-politics,syria,tourism-culture
            624-egypt-azhar-ifta-betting-fatwa | Ahmed al-Tayeb and Muslim Council of Elders: Arabic report of 12 January 2025 | Sada El Balad | 2025-01-12 | religion
            625-lebanon-syriac-patriarch-ordination | Syria: Arabic report of 15 March 2025 | National News Agency | 2025-03-15 | lebanon,religion,syria
            626-jordan-election-party-lists-table | Islamic Action Front and Moussa al-Maaita: Arabic report of 12 September 2024 | Al-Mamlaka TV | 2024-09-12 | elections-politics
            627-algeria-eid-prayer-times-wilayas | Ministry of Religious Affairs and Endowments and Algiers: Arabic report of 5 June 2025 | Echorouk Online | 2025-06-05 | religion
            628-saudi-startup-series-a-usd-sar | STV and Saudi Arabia: Arabic report of 15 July 2025 | Argaam | 2025-07-15 | economy,labour,technology
            629-yemen-hadramawt-flood-districts-indic | Hadramawt and Salem Awad Bahamid: Arabic report of 11 August 2025 | المكلا اليوم | 2025-08-11 | disasters,humanitarian,weather
            630-syria-telegram-channel-digest | Syria: undated Arabic report | Damascus Now | Publication date unknown | economy,energy,syria
            631-morocco-court-sentences-in-words | Casablanca Court of Appeal and Ali al-Tarci: Arabic report of 14 January 2025 | Hespress | 2025-01-14 | justice
            632-libya-tribal-reconciliation-titles-nisba | Zawiya and Omar al-Kannidi: Arabic report of 24 February 2025 | Al-Wasat | 2025-02-24 | justice
            633-iraq-pdf-newspaper-page-faw-port | Razak Muhaibbs al-Saadawi and Faw: Arabic report of 9 February 2025 | Al-Sabah | 2025-02-09 | transport
            """)
    void theEnglishPageNamesTheArticleItsSourceDateAndTopics(String id, String title, String source, String published, String topics)
            throws IOException {
        String page = english(id);
        JsonNode view = view(page);
        assertEquals(title, view.get("title").asText());
        assertEquals(source, meta(view, "Source"));
        assertEquals(published, meta(view, "Published"));
        TreeSet<String> linked = new TreeSet<>();
        Matcher m = Pattern.compile("href=\"\\.\\./en/topics/([a-z0-9-]+)\\.html\"").matcher(page);
        while (m.find()) linked.add(m.group(1));
        assertEquals(topics == null ? new TreeSet<String>() : new TreeSet<>(List.of(topics.split(","))), linked, id);
    }

    /** Pairs of article id and its list, in order. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> byArticle(Object... pairs) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], (List<String>) pairs[i + 1]);
        return map;
    }

    /** Facts in English, by article: what each page must say, and what it must not. */
    private static final Map<String, List<String>> SAYS = byArticle(
            "010-sport", List.of("<bdi>Kylian Mbappé</bdi>", "<strong>66 points</strong>", "<strong>4 points</strong>",
                    "<bdi>Carlo Ancelotti</bdi></a> <span class=\"role\">coach</span>", "<bdi>Europe</bdi>", "<bdi>Atlético Madrid</bdi>"),
            "011-economy", List.of("<strong>500 basis points</strong>", "<strong>31.9 lira to the dollar</strong>", "<strong>1.2%</strong>",
                    "<a href=\"../en/entities/central-bank-of-turkey.html\"><bdi>Central Bank of Turkey</bdi></a></h3>"),
            "012-gaza", List.of("<strong>35,456 killed</strong>", "<strong>79,476 injured</strong>", "<strong>since 7 October 2023</strong>",
                    "<span class=\"role\">spokesman for the Israeli Army</span>", "<bdi>Philippe Lazzarini</bdi>"),
            "013-egypt", List.of("<strong>4,000 megawatts</strong>", "<span class=\"role\">Minister of Electricity and Renewable Energy</span>",
                    "<span class=\"role\">Prime Minister</span>", "<span class=\"role\">spokesman for the Presidency; Ambassador</span>"),
            "014-spa", List.of("<strong>250 billion riyals</strong>", "<strong>150 million visitors a year</strong>",
                    "<span class=\"role\">Crown Prince and Prime Minister; Prince</span>"),
            "015-lebanon", List.of("<strong>about 10,000 troops</strong>", "<strong>60 days</strong>", "<bdi>Najib Mikati</bdi>", "<bdi>Litani</bdi>"),
            "016-budget", List.of("<strong>200 trillion dinars</strong>"),
            "017-quake", List.of("<strong>2,012 killed</strong>", "<strong>2,059 wounded</strong>", "<strong>magnitude 6.8</strong>",
                    "<strong>8 kilometres</strong>", "<bdi>Mohammed VI</bdi>", "<bdi>Moroccan National Institute of Geophysics</bdi>", "<bdi>Al Haouz</bdi>"),
            "018-court", List.of("<strong>13–66 years</strong>", "<h3 id=\"speaker-1\"><a href=\"../en/entities/ahmed-souab.html\">", "<bdi>Tunisian Court of Appeal</bdi>", "<strong>19 April 2025</strong>"),
            "019-oil", List.of("<strong>82.1 dollars a barrel</strong>", "<strong>3.66 million barrels a day</strong>"),
            "020-ai", List.of("<span class=\"role\">head of Microsoft</span>", "<strong>1.5 billion dollars</strong>"),
            "021-storm", List.of("<bdi>Osman Abd al-Jalil</bdi>", "<bdi>International Organization for Migration</bdi>",
                    "<strong>hundreds of bodies</strong>", "<strong>about 10,000 others</strong>",
                    "<strong>5 September 2023</strong>", "<strong>10 September 2023</strong>"),
            "022-qatar", List.of("<strong>13 February 2024</strong>", "<strong>105 detainees</strong>", "<strong>240 prisoners</strong>"),
            "031-live", List.of("<bdi>Rapid Support Forces</bdi>"),
            "034-english-quote", List.of("<bdi>Jake Sullivan</bdi>"),
            "050-captions", List.of("<strong>1.5%</strong>", "<strong>2,720 dollars an ounce</strong>"),
            "060-football", List.of("<bdi>Wissam Abu Ali</bdi>", "<a href=\"../en/entities/marcel-koller.html\"><bdi>Marcel Koller</bdi></a></h3>"),
            "061-markets", List.of("<bdi>Saudi National Bank</bdi>", "<strong>12,215 points</strong>", "<strong>27.85 riyals</strong>"),
            "062-weather", List.of("<strong>24–27 degrees Celsius</strong>", "<strong>50 km/h</strong>", "<strong>more than 7 feet</strong>"),
            "081-yemen", List.of("<bdi>Gulf of Aden</bdi>", "<bdi>Yahya Saree</bdi>"),
            "082-turkey", List.of("<bdi>Ekrem İmamoğlu</bdi></a> <span class=\"role\">mayor of Istanbul</span>", "<bdi>Supreme Election Council</bdi>",
                    "<a href=\"../en/entities/recep-tayyip-erdogan.html\"><bdi>Recep Tayyip Erdoğan</bdi></a></h3>"),
            "110-titles", List.of("<bdi>Faisal bin Farhan</bdi>"),
            "120-cholera", List.of("<bdi>Sudanese Ministry of Health</bdi>", "<strong>70–80%</strong>"),
            "121-tiktok", List.of("<bdi>Shou Zi Chew</bdi>"),
            "130-algeria", List.of("<bdi>Socialist Forces Front (FFS)</bdi>", "<strong>84.3%</strong>"),
            "131-levant", List.of("<bdi>Annalena Baerbock</bdi>", "<bdi>Nabih Berri</bdi></a> <span class=\"role\">Speaker of Parliament</span>",
                    "<span class=\"role\">caretaker Prime Minister</span>"),
            "140-krg", List.of("<bdi>Ceyhan</bdi>", "<span class=\"role\">Federal Prime Minister</span>",
                    "<a href=\"../en/entities/nechirvan-barzani.html\"><bdi>Nechirvan Barzani</bdi></a></h3>"),
            "141-pmf", List.of("<bdi>Haidar Hanoon</bdi></a> <span class=\"role\">Judge</span>", "<bdi>Iraqi Specialised Court of Investigation</bdi>",
                    "<strong>more than 3 billion dinars</strong>"),
            "150-tweet", List.of("<bdi>SpaceX</bdi>", "<bdi>NASA</bdi>", "<a href=\"../en/entities/elon-musk.html\"><bdi>Elon Musk</bdi></a></h3>",
                    "<a href=\"../en/entities/bill-nelson.html\"><bdi>Bill Nelson</bdi></a></h3>"),
            "151-obituary", List.of("<strong>more than 170 films</strong>", "<strong>12 August 2015</strong>", "<bdi>6th of October City</bdi>",
                    "<a href=\"../en/entities/ibrahim-mahlab.html\"><bdi>Ibrahim Mahlab</bdi></a></h3>"),
            "152-iran", List.of("<bdi>Steve Witkoff</bdi>", "<strong>about 275 kg</strong>"),
            "153-morocco", List.of("<strong>more than 200,000 jobs</strong>",
                    "<bdi>Nadia Fettah Alaoui</bdi></a> <span class=\"role\">Minister of Economy and Finance</span>"),
            "154-film", List.of("<strong>78 films</strong>", "<strong>more than 60,000 spectators</strong>"),
            "155-libya", List.of("<bdi>Mohamed al-Menfi</bdi>", "<a href=\"../en/entities/stephanie-khoury.html\"><bdi>Stephanie Khoury</bdi></a></h3>",
                    "<strong>18.6 billion dinars</strong>"),
            "156-tennis", List.of("<bdi>Aryna Sabalenka</bdi>", "<bdi>Hubert Hurkacz</bdi>"),
            "157-hajj", List.of("<strong>more than 1.8 million pilgrims</strong>", "<span class=\"role\">Minister of Hajj and Umrah</span>"),
            "158-explainer", List.of("<bdi>South Africa</bdi>"),
            "159-updates", List.of("<bdi>Lisbon</bdi>", "<bdi>Iberian Peninsula</bdi>", "<bdi>Red Eléctrica</bdi>"),
            "160-rates", List.of("<strong>1,310 dinars to the dollar</strong>", "<strong>6 February 2025</strong>"),
            "161-tashkeel", List.of("<a href=\"../en/entities/abdul-rahman-al-sudais.html\"><bdi>Abdul Rahman al-Sudais</bdi></a></h3>"),
            "170-sadr", List.of("<bdi>Saleh Mohammed al-Iraqi</bdi>", "<bdi>Sadrist Movement</bdi>"),
            "171-syria", List.of("<bdi>Dubravka Šuica</bdi>", "<bdi>Asaad al-Shaibani</bdi>", "<strong>2.5 billion euros</strong>"),
            "172-salah", List.of("<bdi>Arne Slot</bdi></a> <span class=\"role\">Liverpool coach</span>", "<bdi>Cody Gakpo</bdi>", "<a href=\"../en/entities/arne-slot.html\"><bdi>Arne Slot</bdi></a></h3>"),
            "173-unsc", List.of("<a href=\"../en/entities/amar-bendjama.html\"><bdi>Amar Bendjama</bdi></a></h3>", "<strong>14 members</strong>"),
            "174-police", List.of("<strong>50 kg</strong>"),
            "175-cop", List.of("<strong>about 150 heads of state and government</strong>", "<strong>3 times</strong>", "<a href=\"../en/entities/sultan-al-jaber.html\"><bdi>Sultan Al Jaber</bdi></a></h3>"),
            "176-crash", List.of("<strong>60 passengers</strong>", "<a href=\"../en/entities/john-donnelly.html\"><bdi>John Donnelly</bdi></a></h3>", "<bdi>Potomac River</bdi>"),
            "177-kuwait", List.of("<span class=\"role\">Emir of Kuwait</span>", "<a href=\"../en/entities/mishal-al-ahmad-al-jaber-al-sabah.html\"><bdi>Mishal al-Ahmad al-Jaber al-Sabah</bdi></a></h3>", "<bdi>National Assembly</bdi>"),
            "178-somalia", List.of("<bdi>Hamza Abdi Barre</bdi></a> <span class=\"role\">Prime Minister</span>"),
            "179-noheadline", List.of("<strong>more than 400,000 students</strong>"),
            "180-crlf", List.of("<strong>600 million cubic feet</strong>", "<a href=\"../en/entities/patrick-pouyanne.html\"><bdi>Patrick Pouyanné</bdi></a></h3>"),
            "181-persian", List.of("<strong>10 January 2024</strong>"),
            "183-parens", List.of("<bdi>UNRWA</bdi>"),
            "184-email", List.of("<strong>more than 2 million drones a year</strong>", "<strong>thousands of lives</strong>", "<bdi>Kyiv</bdi>",
                    "{\"label\":\"Author\",\"value\":\"Samer al-Khatib\"}"),
            "185-table", List.of("<strong>43%</strong>"),
            "190-aoun", List.of("<a href=\"../en/entities/joseph-aoun.html\"><bdi>Joseph Aoun</bdi></a></h3>", "<bdi>Michel Aoun</bdi>", "<strong>99 votes</strong>"),
            "191-ronaldo", List.of("<bdi>Lionel Messi</bdi>"),
            "192-westbank", List.of("<bdi>Ibn Sina Hospital</bdi>", "<strong>3 young men</strong>", "<bdi>Kamal Abu al-Rub</bdi></a> <span class=\"role\">governor of Jenin</span>"),
            "193-dengue", List.of("<strong>58 deaths</strong>", "<strong>20,315 suspected cases</strong>", "<a href=\"../en/entities/world-health-organization.html\"><bdi>World Health Organization</bdi></a></h3>"),
            "194-chatgpt", List.of("<bdi>Meta</bdi>", "<bdi>Anthropic</bdi>", "<a href=\"../en/entities/openai.html\"><bdi>OpenAI</bdi></a></h3>"),
            "195-algeria-france", List.of("<a href=\"../en/entities/emmanuel-macron.html\"><bdi>Emmanuel Macron</bdi></a></h3>"),
            "196-jordan", List.of("<strong>from 7 November 2024</strong>", "<bdi>US Federal Reserve</bdi>"),
            "200-sudan-rsf", List.of("<strong>tens of thousands killed</strong>", "<bdi>Sovereignty Council</bdi>",
                    "<a href=\"../en/entities/rapid-support-forces.html\"><bdi>Rapid Support Forces</bdi></a></h3>"),
            "201-julani", List.of("<bdi>Geir Pedersen</bdi>", "<bdi>al-Nusra Front</bdi>", "<bdi>Arab Socialist Baath Party</bdi>",
                    "<a href=\"../en/entities/ahmed-al-sharaa.html\"><bdi>Ahmed al-Sharaa</bdi></a></h3>"),
            "202-saudi-cabinet", List.of("<bdi>NEOM</bdi>", "<bdi>South Korea</bdi>", "<strong>2.5 billion riyals</strong>"),
            "203-ahly-zamalek", List.of("<bdi>Imam Ashour</bdi>", "<bdi>Pyramids FC</bdi>",
                    "<a href=\"../en/entities/jose-gomes.html\"><bdi>José Gomes</bdi></a></h3>"),
            "204-bookfair", List.of("<strong>1,345 publishing houses</strong>", "<strong>more than 600 events</strong>",
                    "<strong>23 January – 5 February 2025</strong>", "<bdi>Latifa al-Zayyat</bdi>", "<bdi>General Egyptian Book Organization</bdi>"),
            "205-apple-correction", List.of("<bdi>California</bdi>"),
            "206-travel-advisory", List.of("<bdi>David Lammy</bdi>", "<bdi>Fuad Shukr</bdi>"),
            "207-ramadan-moon", List.of("<a href=\"../en/entities/abdullah-al-khedairi.html\"><bdi>Abdullah al-Khedairi</bdi></a></h3>"),
            "208-iraq-results", List.of("<strong>15 provinces</strong>", "<bdi>Judicial Electoral Panel</bdi>"),
            "209-lebanon-strike", List.of("<bdi>Avichay Adraee</bdi>", "<span class=\"role\">Minister of Public Health</span>",
                    "<a href=\"../en/entities/najib-mikati.html\"><bdi>Najib Mikati</bdi></a></h3>"),
            "210-aramco", List.of("<strong>103.4 billion riyals</strong>", "<bdi>Public Investment Fund</bdi>",
                    "<a href=\"../en/entities/amin-nasser.html\"><bdi>Amin Nasser</bdi></a></h3>"),
            "211-afcon", List.of("<strong>24 teams</strong>", "<bdi>Angola</bdi>", "<bdi>Equatorial Guinea</bdi>", "<bdi>Prince Moulay Abdellah Stadium</bdi>",
                    "<a href=\"../en/entities/fouzi-lekjaa.html\"><bdi>Fouzi Lekjaa</bdi></a></h3>"),
            "212-vaccine", List.of("<strong>52,000 teams</strong>", "<strong>5,000 health units</strong>"),
            "214-beijing", List.of("<bdi>Musaed bin Mohammed Al-Aiban</bdi>", "<bdi>Chinese Communist Party</bdi>", "Saudi Arabia</bdi></a>, <a"),
            "215-jordan-court", List.of("<strong>about 2 million pills</strong>", "<strong>dozens of attempts</strong>", "<bdi>Hassan al-Qudah</bdi>"),
            "216-cyclone", List.of("<strong>200–500 mm</strong>", "<strong>8–12 metres</strong>", "<bdi>Muscat</bdi>", "<strong>4 October 2021</strong>"),
            "217-water", List.of("<strong>less than 10 billion cubic metres</strong>", "<strong>thousands of families</strong>", "<bdi>Maysan</bdi>",
                    "<bdi>Iraqi Ministry of Water Resources</bdi>"),
            "218-tunisia-vote", List.of("<strong>9.7 million registered voters</strong>", "<bdi>Farouk Bouasker</bdi>", "<bdi>Avenue Habib Bourguiba</bdi>",
                    "<a href=\"../en/entities/kais-saied.html\"><bdi>Kais Saied</bdi></a></h3>"),
            "219-qatar-presser", List.of("لا نريد رفع سقف التوقعات"),
            "220-starmer", List.of("<strong>412 seats</strong>", "<bdi>Rachel Reeves</bdi>", "<bdi>House of Commons</bdi>",
                    "<a href=\"../en/entities/rishi-sunak.html\"><bdi>Rishi Sunak</bdi></a></h3>"),
            "221-transfer", List.of("<strong>55 million euros</strong>", "<bdi>Hansi Flick</bdi>", "<bdi>La Masia</bdi>"),
            "222-pound", List.of("<strong>27.25%</strong>", "<bdi>Ras El Hekma</bdi>", "<bdi>Monetary Policy Committee</bdi>"),
            "223-hijri-header", List.of("<a href=\"../en/entities/abdul-rahman-al-sudais.html\"><bdi>Abdul Rahman al-Sudais</bdi></a></h3>"),
            "302-iraq-budget", List.of("<strong>211.9 trillion dinars</strong>"),
            "303-prisoners", List.of("<strong>90 women prisoners</strong>"),
            "304-bakkali", List.of("<strong>8 gold medals</strong>", "<bdi>Soufiane El Bakkali</bdi>"),
            "305-mauritania", List.of("<bdi>UNHCR</bdi>"),
            "306-train", List.of("<strong>25 ambulances</strong>", "<bdi>Kamel al-Wazir</bdi>"),
            "307-salameh", List.of("<bdi>Riad Salameh</bdi>", "<bdi>Banque du Liban</bdi>", "since autumn 2019"),
            "308-arab-summit", List.of("<bdi>Hamad bin Isa Al Khalifa</bdi>", "<bdi>Manama</bdi>", "<strong>22 delegations</strong>"),
            "309-cyprus-gas", List.of("<bdi>Eni</bdi>", "trillion cubic feet", "euros per MWh"),
            "310-locust", List.of("<bdi>Lake Nasser</bdi>", "<bdi>Aswan</bdi>"),
            "311-lulu-ipo", List.of("<bdi>First Abu Dhabi Bank</bdi>", "<strong>240 stores</strong>"),
            "300-uae-space", List.of("<bdi>Mohammed Bin Rashid Space Centre</bdi>", "<bdi>Sultan Al Neyadi</bdi>"),
            "301-oman-decree", List.of("<bdi>Said bin Mohammed al-Saqri</bdi>"),
            "320-suez-revenue", List.of("<bdi>Suez Canal Authority</bdi>"),
            "321-neom-hijri", List.of("1450 AH (2028–29)"),
            "322-lebanon-interview", List.of("<bdi>Alain Aoun</bdi>", "<strong>86 votes</strong>"),
            "323-iran-live", List.of("<bdi>Saeed Jalili</bdi>"),
            "324-algeria-fires-photos", List.of("<strong>97 fires in 16 states</strong>", "<bdi>Brahim Merad</bdi>"),
            "325-libya-oil-statement", List.of("<bdi>National Oil Corporation</bdi>"),
            "326-taiwan-drills", List.of("<bdi>Beijing</bdi></a></h3>", "<bdi>Lai Ching-te</bdi>"),
            "327-sfax-smugglers", List.of("12 years in prison", "<bdi>Sfax</bdi>"),
            "328-hassan-youssef-obit", List.of("<bdi>Abdel Halim Hafez</bdi>"),
            "329-hilal-ittihad", List.of("<bdi>Al Hilal</bdi>", "<bdi>Karim Benzema</bdi>"),
            "330-diabetes-study", List.of("<bdi>Hamad Medical Corporation</bdi>"),
            "331-erdogan-cairo", List.of("<bdi>Abbas Kamel</bdi>", "<bdi>Sameh Shoukry</bdi>"),
            "340-gulf-markets", List.of("<bdi>Emaar Properties</bdi>"),
            "341-royal-order", List.of("<bdi>Al-Jouf</bdi>"),
            "342-basra-council", List.of("<bdi>Khalaf al-Badran</bdi>"),
            "343-yemen-truce", List.of("<bdi>Hans Grundberg</bdi>"),
            "344-haouz-reconstruction", List.of("<bdi>Al Haouz</bdi>"),
            "346-egypt-prices", List.of("<bdi>Mostafa Madbouly</bdi>"),
            "350-qatar-lng", List.of("<bdi>QatarEnergy</bdi>", "<bdi>ConocoPhillips</bdi>", "<strong>77 million tonnes a year</strong>"),
            "351-bahrain-parliament", List.of("<bdi>Bahraini Authority of Electricity and Water</bdi>", "<strong>31 votes</strong>", "<strong>5 MPs</strong>"),
            "352-sudan-humanitarian", List.of("<strong>12 million people</strong>", "<strong>more than 3.2 million people</strong>",
                    "<strong>4.2 billion dollars</strong>", "<strong>about 13 million children</strong>",
                    "<a href=\"../en/entities/jens-laerke.html\"><bdi>Jens Laerke</bdi></a></h3>"),
            "353-riyadh-season", List.of("<bdi>General Entertainment Authority</bdi>", "<bdi>Boulevard World</bdi>", "<strong>100 concerts</strong>"),
            "354-iraq-electricity", List.of("<bdi>Dhi Qar</bdi>", "<bdi>Trade Bank of Iraq</bdi>", "<strong>about 5,500 megawatts</strong>"),
            "355-egypt-archaeology", List.of("<strong>2400 BC</strong>", "<strong>664–332 BC</strong>", "<bdi>Saqqara</bdi>",
                    "<bdi>Ministry of Tourism and Antiquities</bdi>"),
            "356-kuwait-dissolution", List.of("<a href=\"../en/entities/mishal-al-ahmad-al-jaber-al-sabah.html\"><bdi>Mishal al-Ahmad al-Jaber al-Sabah</bdi></a></h3>"),
            "357-algeria-coach", List.of("<strong>more than 40,000 spectators</strong>", "<bdi>MC Alger</bdi>"),
            "358-factcheck", List.of("<bdi>Mohammed Ould al-Sheikh al-Ghazouani</bdi>",
                    "<a href=\"../en/entities/mohammed-taqi-allah-al-adham.html\"><bdi>Mohammed Taqi Allah al-Adham</bdi></a></h3>"),
            "359-jordan-weather", List.of("<bdi>Amman</bdi>", "<bdi>Aqaba</bdi>", "<bdi>Jordanian Ministry of Energy and Mineral Resources</bdi>"),
            "360-oped-deposits", List.of("<bdi>Wassim Mansouri</bdi>", "<strong>about 86 billion dollars</strong>"),
            "361-jordan-cabinet", List.of("<bdi>Mazen al-Faraya</bdi>", "<strong>3 women</strong>",
                    "<a href=\"../en/entities/abdullah-ii.html\"><bdi>King Abdullah II</bdi></a></h3>"),
            "370-oman-tanker", List.of("<strong>25 nautical miles</strong>", "<bdi>International Maritime Organization</bdi>"),
            "371-libya-central-bank", List.of("<bdi>Sadiq al-Kabir</bdi>", "<bdi>Central Bank of Libya</bdi>", "<strong>about 1.2 million barrels a day</strong>"),
            "372-syria-redenomination", List.of("<strong>11,000 lira to the dollar</strong>", "<bdi>Central Bank of Syria</bdi>", "<bdi>Karam Shaar</bdi>"),
            "373-uae-court", List.of("<bdi>Abu Dhabi Federal Criminal Court</bdi>", "<strong>10 years in prison</strong>"),
            "374-iraq-league", List.of("<bdi>Mohanad Ali</bdi>", "<strong>14 goals</strong>"),
            "375-jordan-water-tariff", List.of("<strong>385 fils</strong>", "<strong>100 fils</strong>", "<strong>1.25 dinars</strong>"),
            "376-tunisia-olive-oil", List.of("<strong>about 195,000 tonnes</strong>", "<strong>5.1 billion dinars</strong>"),
            "377-lebanon-president-rounds", List.of("<bdi>Samir Geagea</bdi>", "<bdi>Lebanese Forces</bdi>", "<strong>99 votes</strong>"),
            "378-kuwait-ipo", List.of("<strong>1.37 dinars</strong>", "<bdi>Kamco Invest</bdi>", "<strong>about 9.6 times</strong>"),
            "379-flight-emergency", List.of("<bdi>Qatar Airways</bdi>", "<bdi>Esenboğa Airport</bdi>", "<strong>254 passengers</strong>"),
            "380-interview-translated", List.of("<bdi>Kyriakos Mitsotakis</bdi>", "<strong>4 billion euros</strong>"),
            "381-kaust-study", List.of("<bdi>King Abdullah University of Science and Technology (KAUST)</bdi>", "<strong>20 nanometres</strong>", "<strong>30 bar</strong>"),
            "390-nile-dam", List.of("<bdi>Grand Ethiopian Renaissance Dam</bdi>", "<bdi>Ministry of Water Resources and Irrigation</bdi>", "<strong>55.5 billion cubic metres</strong>"),
            "391-doping-ban", List.of("<bdi>Ruth Chepngetich</bdi>", "<bdi>Athletics Integrity Unit</bdi>", "<bdi>Wilson Kipsang</bdi>"),
            "392-kuwait-recall", List.of("<bdi>Saudi Standards and Metrology Authority</bdi>", "<strong>18,650 vehicles</strong>", "<strong>37 campaigns</strong>"),
            "393-tunisia-doctors-strike", List.of("<bdi>National Council of the Order of Physicians</bdi>", "<bdi>Monastir</bdi>", "<strong>95%</strong>"),
            "394-riyadh-metro-5things", List.of("<bdi>Guinness World Records</bdi>", "<strong>85 stations</strong>", "<strong>3 phases</strong>"),
            "395-iran-fuel-mixed-digits", List.of("<bdi>Islamic Consultative Assembly</bdi>", "<strong>5,000 tomans</strong>", "<strong>60 litres a month</strong>"),
            "396-mauritania-results-regions", List.of("<bdi>Dakhlet Nouadhibou</bdi>", "<bdi>Tiris Zemmour</bdi>", "<bdi>Dah Ould Abdel Jelil</bdi>"),
            "397-bahrain-f1", List.of("<bdi>Oscar Piastri</bdi>", "<bdi>Gulf Air</bdi>", "<bdi>Ferrari</bdi>", "<strong>57 laps</strong>"),
            "398-kuwait-cyber", List.of("<bdi>Aseel al-Munifi</bdi>", "<strong>1.2 terabytes</strong>"),
            "399-qatar-ambassadors", List.of("<strong>6 Shaban 1445 AH (16 February 2024)</strong>", "<bdi>Morocco</bdi>", "<strong>more than 100 missions</strong>"),
            "400-sharjah-accident", List.of("<strong>2 Indians</strong>", "<strong>3 Nepalis</strong>", "<bdi>Emirates Road</bdi>", "<bdi>Kuwait Hospital</bdi>"),
            "401-museum-opening", List.of("<bdi>Tutankhamun</bdi>", "<bdi>JICA</bdi>", "<strong>5,398 pieces</strong>"),
            "410-prisoner-exchange-list", List.of("<bdi>Mohammed Ahmed al-Tus</bdi>", "<bdi>Palestinian Prisoners&#39; Society</bdi>", "<strong>4 women soldiers</strong>"),
            "411-morocco-question-time", List.of("<bdi>Mohammed Saad Berrada</bdi>", "<bdi>Party of Progress and Socialism</bdi>", "<strong>20,000 teachers</strong>"),
            "412-qatar-worldcup-anniversary", List.of("<bdi>FIFA</bdi>", "<bdi>Supreme Committee for Delivery and Legacy</bdi>", "<bdi>Hassan Al-Thawadi</bdi>"),
            "413-sudan-jeddah-talks", List.of("<bdi>Abu Bakr Faqiri</bdi>", "<bdi>IGAD</bdi>", "<bdi>Rapid Support Forces</bdi>"),
            "414-dubai-real-estate", List.of("<strong>27,800 dirhams per square metre</strong>", "<bdi>Property Finder</bdi>", "<bdi>CBRE</bdi>"),
            "415-algeria-pardon", List.of("<strong>8,113 prisoners</strong>", "<bdi>Abdelmadjid Tebboune</bdi>"),
            "417-egypt-cassation", List.of("<bdi>Court of Cassation</bdi>", "<strong>19 stab wounds</strong>", "<bdi>Adel El-Kenany</bdi>"),
            "418-jordan-university-ranking", List.of("<bdi>Yarmouk University</bdi>", "<bdi>Azmi Mahafzah</bdi>", "<strong>9 indicators</strong>"),
            "419-lebanon-banking-secrecy", List.of("<bdi>Banking Control Commission</bdi>", "<bdi>Finance and Budget Committee</bdi>", "<strong>87 MPs</strong>"),
            "420-saudi-visa-fees", List.of("<strong>66 countries</strong>", "<strong>150 million visits</strong>"),
            "421-uae-space-mission", List.of("<bdi>Sultan Al Neyadi</bdi>", "<bdi>Gulf of Mexico</bdi>", "<strong>more than 200 experiments</strong>"),
            "430-kuwait-marine-warning", List.of("<bdi>Kuwait Ports Authority</bdi>", "<strong>20–35 knots</strong>", "<strong>7–12 feet</strong>"),
            "431-boraq-ridership", List.of("<bdi>ONCF</bdi>", "<bdi>Tangier</bdi>", "<strong>5.5 million passengers</strong>"),
            "432-poet-obituary", List.of("<bdi>Salem bin Ali al-Owais</bdi>", "<bdi>Writers Union</bdi>"),
            "433-saudi-women-league", List.of("<bdi>Al Nassr</bdi>", "<bdi>Saudi Competitions Committee</bdi>", "<strong>10 clubs</strong>"),
            "434-tunisia-strike-live", List.of("<bdi>UGTT (Tunisian General Labour Union)</bdi>", "<bdi>Tunis-Carthage Airport</bdi>", "<bdi>Youssef Chahed</bdi>"),
            "435-egypt-wheat-tender", List.of("<bdi>Sherif Farouk</bdi>", "<strong>about 470,000 tonnes</strong>", "<strong>about 263 dollars per tonne</strong>"),
            "436-petra-visitors", List.of("<bdi>UNESCO</bdi>", "<strong>785,000 visitors</strong>"),
            "437-oman-sultan-belgium", List.of("<bdi>Hydrom</bdi>", "<bdi>DEME</bdi>", "<strong>about 210 million Omani rials</strong>"),
            "438-olive-harvest", List.of("<bdi>Yesh Din</bdi>", "<bdi>Ramallah</bdi>", "<strong>more than 1,800 trees</strong>"),
            "439-lebanon-fuel-oil", List.of("<bdi>Waleed Fayadh</bdi>", "<bdi>Banque du Liban</bdi>", "<strong>5 amperes</strong>"),
            "440-syria-quake-anniversary", List.of("<bdi>Hussein Makhlouf</bdi>", "<bdi>Latakia</bdi>", "<strong>1,060 flats</strong>"),
            "441-qatar-traffic-faq", List.of("<bdi>Qatari Ministry of the Interior</bdi>", "<strong>14 points</strong>", "<strong>6,000 riyals</strong>"),
            "450-saudi-budget-deficit", List.of("<bdi>Mohammed al-Jadaan</bdi>", "<strong>101 billion riyals</strong>", "<strong>29.9%</strong>"),
            "451-kurdistan-election-seats", List.of("<bdi>Gorran Movement</bdi>", "<bdi>Kurdistan Justice Group</bdi>", "<strong>39 seats</strong>"),
            "452-kuwait-interpellation", List.of("<bdi>Ahmed al-Saadoun</bdi>", "<bdi>Kuwait Petroleum Corporation</bdi>", "<strong>14 questions</strong>"),
            "453-dubai-world-cup", List.of("<strong>2,000 metres</strong>", "<strong>8 lengths</strong>"),
            "454-riyadh-air-order", List.of("<bdi>Riyadh Air</bdi>", "<bdi>Air Arabia</bdi>", "<bdi>Guillaume Faury</bdi>", "<strong>39 orders</strong>"),
            "455-houthi-ship-attack", List.of("<bdi>SOUNION</bdi>", "<strong>25 sailors</strong>"),
            "456-gaza-aid-trucks", List.of("<bdi>Kerem Shalom crossing</bdi>", "<bdi>UNRWA</bdi>"),
            "457-derna-reconstruction", List.of("<bdi>Libya Development and Reconstruction Fund</bdi>", "<strong>1.2 billion Libyan dinars</strong>"),
            "458-tunisia-phosphate", List.of("<bdi>Gafsa Phosphate Company</bdi>", "<bdi>Metlaoui</bdi>", "<strong>3.6 million tonnes</strong>"),
            "459-arab-cup-final-live", List.of("<bdi>Baghdad Bounedjah</bdi>", "<bdi>Al Khor</bdi>"),
            "460-ceuta-customs-reopening", List.of("<bdi>Ceuta</bdi>", "<bdi>Melilla</bdi>", "<bdi>Ángel Víctor Torres</bdi>"),
            "461-iraq-provincial-allocations", List.of("<bdi>Babil</bdi>", "<bdi>Diwaniyah</bdi>", "<bdi>964 Network</bdi>"),
            "470-egypt-inflation-capmas", List.of("<bdi>Al Ahly Pharos</bdi>", "<bdi>CAPMAS</bdi>", "<strong>26.4%</strong>"),
            "471-qatar-mediation-hostages", List.of("<bdi>Jake Sullivan</bdi>", "<strong>6 billion dollars</strong>"),
            "472-kuwait-citizenship-revocation", List.of("entities/al-rai-kuwait.html", "<strong>1,145 people</strong>"),
            "473-jordan-royal-birth", List.of("<bdi>Royal Hashemite Court</bdi>", "<bdi>Rajwa Al Hussein</bdi>", "<strong>21 rounds</strong>"),
            "474-ramadan-series-ranking", List.of("<bdi>Shahid</bdi>", "<bdi>Peter Mimi</bdi>", "<bdi>Asser Yassin</bdi>"),
            "475-dubai-marathon-results", List.of("<strong>42.195 kilometres</strong>", "<bdi>Hamdan bin Mohammed bin Rashed Al Maktoum</bdi>", "<strong>more than 30,000 runners</strong>"),
            "476-oman-scholarships", List.of("<strong>600 scholarships</strong>", "<strong>900–1,200 Omani rials</strong>"),
            "477-riyadh-botulism", List.of("<bdi>King Saud Medical City</bdi>", "<bdi>Saudi National Guard Hospital</bdi>", "<bdi>Saudi Food and Drug Authority</bdi>"),
            "478-squash-final", List.of("<bdi>Egyptian Squash Federation</bdi>", "<strong>3 games</strong>"),
            "479-zakat-fitr", List.of("<bdi>Shawki Allam</bdi>", "<bdi>Dar al-Ifta al-Misriyyah</bdi>", "<strong>4,000 outlets</strong>"),
            "480-sonatrach-eni-gas", List.of("<bdi>Sonatrach</bdi>", "<bdi>Rachid Hachichi</bdi>", "<bdi>Giorgia Meloni</bdi>", "<bdi>Ouargla</bdi>"),
            "481-flynas-new-route", List.of("<bdi>flynas</bdi>", "<strong>165 destinations</strong>"),
            "490-kuwait-former-minister", List.of("<bdi>Kuwait Anti-Corruption Authority (Nazaha)</bdi>", "<strong>5 years in prison</strong>"),
            "491-uae-central-bank-rate", List.of("<bdi>Central Bank of the UAE</bdi>", "<bdi>Qatar Central Bank</bdi>", "<strong>25 basis points</strong>"),
            "492-iraq-oil-exports-terminals", List.of("<strong>7.364 billion dollars</strong>", "<bdi>SOMO (Iraqi State Organization for Marketing of Oil)</bdi>"),
            "493-pa-salaries", List.of("<bdi>Palestine</bdi>", "<strong>70%</strong>"),
            "494-mauritania-gold-miners", List.of("<strong>7 miners</strong>", "<strong>about 85,000 permits</strong>"),
            "495-tunisia-governor-dismissal", List.of("<bdi>Sidi Bouzid</bdi>", "<bdi>Medenine</bdi>"),
            "496-qatar-airways-route", List.of("<bdi>Kinshasa</bdi>", "<bdi>AlUla</bdi>", "<strong>more than 170 destinations</strong>"),
            "497-egypt-cup-final", List.of("<bdi>Zamalek</bdi>", "<bdi>Pyramids FC</bdi>", "<strong>8–7 on penalties</strong>", "<strong>1–1 draw</strong>", "<bdi>Krunoslav Jurcic</bdi>"),
            "498-saudi-unesco", List.of("<bdi>Hima Cultural Area</bdi>", "<bdi>World Heritage Committee</bdi>", "<bdi>New Delhi</bdi>"),
            "499-libya-noc-force-majeure", List.of("<bdi>House of Representatives</bdi>", "<bdi>Ubari</bdi>", "<strong>about 1.28 million barrels a day</strong>"),
            "500-bahrain-morning-digest", List.of("<bdi>Narendra Modi</bdi>", "<bdi>Information &amp; eGovernment Authority</bdi>"),
            "501-sputnik-moscow-hamas", List.of("<strong>52,314 killed</strong>", "<strong>117,792 injured</strong>", "<bdi>Russian Ministry of Foreign Affairs</bdi>", "Deputy Prime Minister; Jordanian Minister of Foreign Affairs"),
            "510-tadawul-close", List.of("\"value\":\"Argaam\"", "+9.96%"),
            "511-oman-municipal-turnout", List.of("<strong>730 candidates</strong>"),
            "512-syria-gold-dollar", List.of("Syrian pounds</strong>", "<bdi>Idlib</bdi>"),
            "513-morocco-rail-extension", List.of("<bdi>Abdessamad Kayouh</bdi>", "<bdi>Islamic Development Bank</bdi>", "<strong>168 trains</strong>"),
            "514-lebanon-municipal-results", List.of("<bdi>Amal Movement</bdi>", "<bdi>Zahle</bdi>"),
            "515-mekhloufi-obituary", List.of("<bdi>Rachid Mekhloufi</bdi>", "<bdi>Saint-Étienne</bdi>", "<bdi>Abdelmadjid Tebboune</bdi>"),
            "516-qatar-national-day-programme", List.of("<bdi>Lusail</bdi>", "<bdi>Umm Salal</bdi>"),
            "517-sczone-chinese-contract", List.of("<bdi>LONGi</bdi>", "<strong>461 square kilometres</strong>", "<strong>2 gigawatts a year</strong>"),
            "519-jordan-pm-flash", List.of("<bdi>Jafar Hassan</bdi>"),
            "520-kuwait-dust-live", List.of("<strong>55 km/h</strong>", "<bdi>Jahra</bdi>", "<bdi>Dammam</bdi>"),
            "530-uae-golden-visa", List.of("Federal Authority for Identity, Citizenship, Customs and Port Security (ICP)", "more than 50%"),
            "531-saudi-traffic-fines", List.of("<bdi>General Directorate of Traffic</bdi>", "<strong>more than 11 million violations</strong>"),
            "532-egypt-imf-tranche", List.of("<bdi>Ahmed Kouchouk</bdi>", "<bdi>Hanafy Gebaly</bdi>", "Plan and Budget Committee"),
            "533-gaza-ceasefire-talks", List.of("<strong>more than 1,400 Palestinians</strong>", "10 April 2025"),
            "534-iraq-electricity-imports", List.of("<bdi>Ziad Ali Fadel</bdi>", "<strong>400 kV</strong>", "<bdi>US Treasury Department</bdi>"),
            "535-libya-migrant-rescue", List.of("<bdi>Bangladesh</bdi>", "<bdi>SOS Méditerranée</bdi>", "<bdi>Fathi al-Ziani</bdi>"),
            "536-kuwait-amir-pardon", List.of("Emir", "<strong>1,240 convicts</strong>"),
            "537-salalah-frankincense", List.of("<bdi>Dhofar</bdi>", "<strong>120 artisans</strong>"),
            "538-jordan-water-carrier", List.of("<bdi>European Investment Bank</bdi>"),
            "539-saudi-robotic-surgery", List.of("<bdi>Saudi Center for Organ Transplantation</bdi>"),
            "540-qatar-cassation-commercial", List.of("<bdi>Lusail</bdi>"),
            "541-mauritania-decree-ministers", List.of("<bdi>Mauritanian Council of Ministers</bdi>"),
            "550-saudi-transfer-euros", List.of("<bdi>Sadio Mané</bdi>", "<bdi>Benfica</bdi>", "<strong>3 seasons</strong>"),
            "551-egypt-acquittal-corruption", List.of("<bdi>Administrative Control Authority</bdi>", "Ahmed Shalabi"),
            "552-libya-cbl-exchange-rate", List.of("<bdi>Central Bank of Libya</bdi>"),
            "553-sudan-fasher-live", List.of("<bdi>Sudan Doctors Network</bdi>", "spokesman for the UN Secretary-General", "<bdi>Stéphane Dujarric</bdi>", "<strong>17 combat vehicles</strong>"),
            "554-iraq-census-five-things", List.of("<strong>23.2 million males</strong>", "<bdi>Kurdistan Region Statistics Office</bdi>"),
            "555-jordan-fuel-fils", List.of("<bdi>Oil Derivatives Pricing Committee</bdi>", "<strong>73.5 dollars a barrel</strong>"),
            "557-oman-lng-shipment", List.of("<bdi>North Sea</bdi>", "<bdi>Wilhelmshaven</bdi>"),
            "558-tunisia-water-cuts", List.of("<bdi>SONEDE</bdi>"),
            "559-morocco-throne-pardon", List.of("inmates</strong>"),
            "560-prisoners-society", List.of("<bdi>Jerusalem</bdi>", "<bdi>Walid Daqqa</bdi>", "<bdi>Sde Teiman</bdi>"),
            "561-aden-currency-interview", List.of("<bdi>Aden</bdi>", "<strong>8 banks</strong>", "Nawal"),
            "570-morocco-bam-rate-qa", List.of("<bdi>Bank Al-Maghrib</bdi>", "<bdi>Abdellatif Jouahri</bdi>", "<bdi>Mohammed Jadri</bdi>", "<strong>31 million quintals</strong>"),
            "571-algeria-new-wilaya-factbox", List.of("<bdi>Ouled Djellal</bdi>", "<strong>4 districts</strong>", "<strong>about 65,000 km²</strong>"),
            "572-saudi-hajj-by-country-table", List.of("<strong>875,027 women pilgrims</strong>", "<strong>60,251 by land</strong>", "<bdi>Tawfiq al-Rabia</bdi></a></h3>"),
            "573-bahrain-laundering-correction", List.of("<bdi>Bahraini High Criminal Court</bdi>", "<strong>41 accounts</strong>"),
            "574-egypt-food-poisoning-numbered", List.of("<bdi>Bani Mohammed Sultan</bdi>"),
            "575-lebanon-army-statement-quote", List.of("<bdi>Lebanese Army</bdi>", "<bdi>UNIFIL</bdi>"),
            "576-sudan-gezira-wheat-weekly", List.of("<bdi>Gezira Scheme</bdi>", "<strong>18 sacks</strong>", "\"label\":\"Author\",\"value\":\"Mohammed Abdul Rahman al-Amine\""),
            "577-uae-fog-image-credits", List.of("<strong>until 5 January 2025</strong>"),
            "578-gulf-roundup-three", List.of("<bdi>United Energy Group</bdi>", "<bdi>Haitham bin Tarek</bdi>", "<bdi>Tahnoun bin Mohammed Al Nahyan</bdi>"),
            "579-red-sea-festival-awards", List.of("<bdi>Spike Lee</bdi>", "<bdi>Roya Sadat</bdi>", "<bdi>Red Sea International Film Festival</bdi>"),
            "580-kuwait-assembly-vote-tweet", List.of("<strong>62 present</strong>", "<strong>20 against</strong>", "<strong>1 abstaining</strong>", "<bdi>Issa al-Kandari</bdi>"),
            "581-jordan-desert-highway-relative", List.of("<bdi>Amman</bdi>", "<bdi>Jordanian Ministry of Public Works and Housing</bdi>", "<strong>312 accidents</strong>"),
            "590-saudi-meningitis-umrah", List.of("<strong>2 cases</strong>"),
            "591-egypt-capmas-unemployment", List.of("<bdi>CAPMAS</bdi>"),
            "592-iraq-supreme-court-mp", List.of("<bdi>Rusafa Criminal Court</bdi>", "<bdi>Iraqi Federal Supreme Court</bdi>", "<bdi>Mohammed al-Halbousi</bdi>", "MP for Nineveh"),
            "593-jordan-tawjihi-results", List.of("<bdi>Nawaf al-Ajarmeh</bdi>"),
            "594-kuwait-residency-violators", List.of("<strong>512 Bangladeshis</strong>", "<bdi>Jleeb Al-Shuyoukh</bdi>"),
            "595-houthi-centcom-claims", List.of("<strong>2 missiles</strong>"),
            "596-uae-midday-break", List.of("<bdi>International Labour Organization (ILO)</bdi>", "<h3 id=\"speaker-2\"><a href=\"../en/entities/emaar-properties.html\"><bdi>Emaar Properties</bdi></a></h3>"),
            "597-tunisia-minister-dismissal-fb", List.of("<strong>25 July 2021</strong>", "<strong>3 secretaries of state</strong>", "<bdi>Najla Bouden</bdi>"),
            "598-morocco-hcp-inflation-words", List.of("<strong>1.7%</strong>", "<strong>0.3%</strong>", "<bdi>High Commission for Planning</bdi>"),
            "599-algeria-sonelgaz-peak-short", List.of("<bdi>Sonelgaz</bdi>", "<strong>19,580 megawatts</strong>"),
            "600-unhcr-chad-sudanese-refugees-long", List.of("<bdi>Jean-Pierre Bajak</bdi>", "<strong>9 litres a day</strong>", "<bdi>Adré</bdi>"),
            "601-bahrain-cabinet-pasted-twice", List.of("<bdi>Bahraini Ministry of Finance and National Economy</bdi>"),
            "610-niger-somair-nationalisation", List.of("<bdi>Orano</bdi>", "<bdi>Somair</bdi>", "<strong>about 800 workers</strong>", "<h3 id=\"speaker-1\"><a href=\"../en/entities/amadou-abdramane.html\"><bdi>Amadou Abdramane</bdi>"),
            "611-morocco-amazigh-new-year", List.of("<strong>Amazigh year 2975</strong>", "<strong>950 BC</strong>", "<bdi>Agadir</bdi>", "<h3 id=\"speaker-3\"><a href=\"../en/entities/ahmed-assid.html\"><bdi>Ahmed Assid</bdi>"),
            "612-jordan-gold-karat-amp", List.of("<strong>485 dinars</strong>", "<strong>3,488 dollars</strong>"),
            "613-iraq-cbi-currency-auction", List.of("<strong>151,250 dinars per 100 dollars</strong>", "<bdi>Central Bank of Iraq</bdi>", "<strong>74 exchange companies</strong>"),
            "614-egypt-handball-super-globe", List.of("<strong>9 November 2024</strong>", "<bdi>Veszprém</bdi>"),
            "615-kuwait-zain-press-release", List.of("<strong>15 dinars a month</strong>", "<h3 id=\"speaker-1\"><a href=\"../en/entities/eaman-al-roudhan.html\"><bdi>Eaman Al-Roudhan</bdi>"),
            "616-uae-appeal-initials", List.of("<bdi>Dubai Court of Appeal</bdi>", "<strong>5 years in prison</strong>", "<h3 id=\"speaker-1\">The first witness</h3>"),
            "617-kurdistan-halabja-governorate", List.of("<h3 id=\"speaker-4\"><a href=\"../en/entities/sarwa-abdulwahid.html\"><bdi>Sarwa Abdulwahid</bdi>", "<bdi>Halabja</bdi>",
                    "<bdi>Bafel Talabani</bdi></a> <span class=\"role\">head of the Patriotic Union of Kurdistan</span>"),
            "618-saudi-hijri-planting-season", List.of("<strong>until 29 Shaban 1446 AH (28 February 2025)</strong>"),
            "619-lebanon-displaced-governorates", List.of("<strong>68,412 displaced people in 382 centres</strong>"),
            "620-djibouti-au-commission-syndicated", List.of("<h3 id=\"speaker-3\"><a href=\"../en/entities/raila-odinga.html\"><bdi>Raila Odinga</bdi>", "<bdi>Addis Ababa</bdi>"),
            "621-oman-cyber-panos-vulnerability", List.of("<bdi>Palo Alto Networks</bdi>", "<strong>37 devices</strong>"),
            "622-israel-haaretz-translated-oped", List.of("<bdi>Amos Harel</bdi>", "<bdi>Haaretz</bdi>", "<bdi>Bezalel Smotrich</bdi>", "<h3 id=\"speaker-2\">One of the mothers</h3>"),
            "623-uae-arabic-fiction-prize-guillemets", List.of("<bdi>International Prize for Arabic Fiction</bdi>", "<bdi>Mona Baker</bdi>"),
            "624-egypt-azhar-ifta-betting-fatwa", List.of("<bdi>Ahmed al-Tayeb</bdi>", "<bdi>Nazir Ayad</bdi>", "<h3 id=\"speaker-3\">The Prophet Muhammad</h3>"),
            "625-lebanon-syriac-patriarch-ordination", List.of("<bdi>Ignatius Joseph III Younan</bdi>", "<strong>1,800 families</strong>"),
            "626-jordan-election-party-lists-table", List.of("<bdi>Independent Election Commission</bdi>", "<strong>464,350 votes</strong>", "<bdi>20th Council of Representatives</bdi>"),
            "627-algeria-eid-prayer-times-wilayas", List.of("<bdi>Oran</bdi>", "<bdi>Tizi Ouzou</bdi>", "<strong>6–7 June 2025</strong>"),
            "628-saudi-startup-series-a-usd-sar", List.of("<strong>24.5 million dollars</strong>", "<bdi>Rawateb</bdi>"),
            "629-yemen-hadramawt-flood-districts-indic", List.of("<strong>500 food baskets</strong>", "<bdi>Seiyun</bdi>"),
            "630-syria-telegram-channel-digest", List.of("<strong>112 detainees</strong>", "<strong>8 hours a day</strong>", "<h3 id=\"speaker-1\">The Syrian Presidency</h3>",
                    "<h3 id=\"speaker-2\">The Syrian Foreign Ministry</h3>", "<h3 id=\"speaker-3\"><a href=\"../en/entities/syrian-ministry-of-interior.html\">"),
            "631-morocco-court-sentences-in-words", List.of("<bdi>Casablanca Court of Appeal</bdi>", "<strong>3 years in prison</strong>", "<bdi>Berrechid</bdi>", "<h3 id=\"speaker-1\">The Public Prosecution</h3>"),
            "632-libya-tribal-reconciliation-titles-nisba", List.of("<strong>1.5 million Libyan dinars</strong>", "<bdi>Bani Walid</bdi>", "<h3 id=\"speaker-1\">The document</h3>"),
            "633-iraq-pdf-newspaper-page-faw-port", List.of("<strong>more than 100,000 jobs</strong>", "<bdi>Umm Qasr</bdi>", "<bdi>Faw</bdi>"));
    private static final Map<String, List<String>> NEVER = byArticle(
            "010-sport", List.of("Ruiters", "Rial Madrid", "Oroba"),
            "011-economy", List.of("Al-Pink", "Hazb al-Addala", "… 2 في المئة"),
            "012-gaza", List.of("2024-10-07", "456 شهيدا</bdi>"),
            "014-spa", List.of("Maleki"),
            "015-lebanon", List.of("مصدر عسكري لـ</span></h3>"),
            "016-budget", List.of("dataLayer", "اقرأ أيضا", "جميع الحقوق"),
            "017-quake", List.of("Facebook", "Al-Sades", "<strong>2012</strong>"),
            "018-court", List.of("أحمد صواب لرويترز: «", "تونس - رويترز", "١٩ أبريل ٢٠٢٥</"),
            "019-oil", List.of("Manzma"),
            "020-ai", List.of("Maicrusuft", "Abuzbi", "<bdi>Jess</bdi>", "إطلاق نموذج لغوي يحمل", "أبوظبي في 30 أغسطس"),
            "021-storm", List.of("Drneh", "Osman Abd</bdi>", "نشر في"),
            "022-qatar", List.of("في الإحاطة الإعلامية الأسبوعية</"),
            "032-opinion", List.of("تعبر عن رأي كتابها", "كاتب وأكاديمي"),
            "041-kuna", List.of("(كونا)", "(النهاية)"),
            "042-petra", List.of("(بترا)", "ع ن/أ ب"),
            "043-wafa", List.of("وفا-"),
            "050-captions", List.of("صورة أرشيفية", "(صورة: رويترز)", "Soura", "1.5–2,720"),
            "052-hijri", List.of("Nasrallah", "Sana al-Naby"),
            "060-football", List.of("Sam Abu Ali"),
            "061-markets", List.of("Al-Ahli"),
            "081-yemen", List.of("Khalic Adan"),
            "110-titles", List.of("Lule", "<bdi>Salman bin Abdulaziz</bdi>"),
            "121-tiktok", List.of("Ait Dance", "US Council of Representatives"),
            "130-algeria", List.of("Al-Mustaqilla"),
            "131-levant", List.of("Perpook", "Nabih Brie"),
            "140-krg", List.of("Cihan", "head of the Federal Council of Ministers"),
            "141-pmf", List.of("Al-Haea al-Qadi", "Mohakama"),
            "150-tweet", List.of("Space Ex", "Loukala", "<bdi>Ex</bdi>"),
            "151-obituary", List.of("Gibb al-Mott", "Llah", "<bdi>Zainab</bdi>", "<bdi>Abi</bdi>", "5 August 2015", "6 October 2015", "Al-Sades"),
            "153-morocco", List.of("18 April 2024 – 17 April 2026", "Abd al-Raheem</bdi>"),
            "154-film", List.of("<bdi>Julia</bdi>", "Loukala Touns", "Kartadj"),
            "155-libya", List.of("Al-Libby", "Bouaba al-West", "سبل إحياء</"),
            "156-tennis", List.of("<bdi>Elena</bdi>", "<bdi>Arena</bdi>", "Anas Jaber"),
            "157-hajj", List.of("1,000,800,000"),
            "158-explainer", List.of("Bricks", "<bdi>Africa</bdi>"),
            "159-updates", List.of("Al-Ktarat", "Leshpunah", "… 40 - أعلنت", "<bdi>Reed</bdi>"),
            "160-rates", List.of("rtl\">1310 دنانير"),
            "161-tashkeel", List.of("خُطْبَتِهِ</"),
            "170-sadr", List.of("<bdi>Ex</bdi>", "Al-Sadr Saleh"),
            "172-salah", List.of("Azim", "<bdi>Manchester</bdi>", "<strong>عشرة من الدوري", "الصدارة</bdi>"),
            "173-unsc", List.of("<bdi>Ani</bdi>"),
            "174-police", List.of("اثنان يحملان</"),
            "176-crash", List.of("Emircan", "Butomak", "<bdi>Ronald</bdi>"),
            "177-kuwait", List.of("Magls", "Ikhtassasat"),
            "178-somalia", List.of("Emam"),
            "179-noheadline", List.of("Karim al-Sid"),
            "180-crlf", List.of("Enrgis"),
            "183-parens", List.of("▲", "▼", "<bdi>Reuters</bdi>"),
            "184-email", List.of("samer.khatib@example.com", "Kiev"),
            "191-ronaldo", List.of("Missy"),
            "192-westbank", List.of("Ibn Sena", "Abu al-Reb</bdi>"),
            "193-dengue", List.of("<bdi>Kell</bdi>", "General Ministry of Health"),
            "194-chatgpt", List.of("Ji Bee T", "<bdi>Mita</bdi>", "أوبن إيه</"),
            "195-algeria-france", List.of("Jendrgan", "Ouazara"),
            "196-jordan", List.of("Magls al-Ahtiati", "<bdi>Central Bank</bdi>", "since 7 November 2024"),
            "200-sudan-rsf", List.of("عاجل |", "Tadawul", "Magls al-Siadah", "<p>حميدتي</p>", "#السودان"),
            "201-julani", List.of("Magls Cerai", "Al-Ahli"),
            "202-saudi-cabinet", List.of("Nyom", "Correa"),
            "203-ahly-zamalek", List.of("Peramidze", "Josiah", "Kohler"),
            "204-bookfair", List.of("Egyptian Authority", "<strong>1345 دار</strong>"),
            "205-apple-correction", List.of("Kalevorgnan"),
            "206-travel-advisory", List.of("Dawid Lamy", "<bdi>Fouad</bdi>"),
            "207-ramadan-moon", List.of("Shaaban", "Seltna", "<bdi>Yemen</bdi>", "1 December 2024"),
            "208-iraq-results", List.of("Magls al-Mvuzin", "Al-Haea al-Kodaia"),
            "209-lebanon-strike", List.of("Feras al-Abid", "General Minister", "Al-Salib"),
            "210-aramco", List.of("<bdi>Rial</bdi>", "in الربع", "Amine"),
            "211-afcon", List.of("Angol</bdi>", "<bdi>Moulay Abdullah</bdi>", "[لكرة]"),
            "212-vaccine", List.of("Tataaim"),
            "214-beijing", List.of("ثلاثي مشترك صادر</", "Oeban"),
            "215-jordan-court", List.of("<bdi>Oman</bdi>", "Al-Rae", "<bdi>Hassen</bdi>", "in قضية"),
            "216-cyclone", List.of("<bdi>Sahin</bdi>", "Al-Batna", "27 September 2021", "in مراكز"),
            "217-water", List.of("Ouazara", "Szmal", "Meyssan"),
            "218-tunisia-vote", List.of("Al-Haea Farouk", "Al-Chaab", "بولاية رئاسية</"),
            "220-starmer", List.of("Hazb", "Downing Streit", "Sturmer", "Magls al-Amum"),
            "221-transfer", List.of("<bdi>Nadi</bdi>", "Macia", "Hanzei"),
            "222-pound", List.of("Legena", "<bdi>Raas</bdi>", "1–27.25%"),
            "223-hijri-header", List.of("Al-Qayada", "Publication date unknown"),
            "300-uae-space", List.of("Raed al-Fada"),
            "301-oman-decree", List.of("Zera"),
            "302-iraq-budget", List.of("Al-Legena al-Malieh"),
            "306-train", List.of("<bdi>Ministry of Health</bdi>", "المصابين: «"),
            "308-arab-summit", List.of("Tamim bin Hamad", "حمد بن عيسى آل</"),
            "309-cyprus-gas", List.of("Aenne", "trillion feet"),
            "310-locust", List.of("<bdi>O</bdi>", "<bdi>Nasser</bdi>"),
            "311-lulu-ipo", List.of("Pink"),
            "321-neom-hijri", List.of("Nyom", "Al-Mamlka"),
            "322-lebanon-interview", List.of("Vito", "Al-Bennan"),
            "324-algeria-fires-photos", List.of("Edfaqd", "Sameer Sid"),
            "325-libya-oil-statement", List.of("<bdi>Cairo</bdi>", "Lee al-Tawfiq", "Al-Rai"),
            "326-taiwan-drills", List.of("Ai Ching", "Musssa"),
            "327-sfax-smugglers", List.of("Ajtiaz", "Basfaqs"),
            "329-hilal-ittihad", List.of("Al-Atihad And", "Faisal bin Farhan"),
            "330-diabetes-study", List.of("Jameha", "Musssa"),
            "331-erdogan-cairo", List.of("Westaqbal", "Zier", "Kureina", "Mahmoud Abbas"),
            "341-royal-order", List.of("Al-Goff"),
            "344-haouz-reconstruction", List.of("Al-Bean"),
            "346-egypt-prices", List.of("Kilo", "Al-Jabn"),
            "350-qatar-lng", List.of("Konoko"),
            "351-bahrain-parliament", List.of("Al-Sheon"),
            "352-sudan-humanitarian", List.of("Moeti", "Ganief", "<strong>10 million", "<strong>1 million dollars"),
            "353-riyadh-season", List.of("Tarvihia", "Polivard", "General Authority and"),
            "354-iraq-electricity", List.of("Neusz"),
            "355-egypt-archaeology", List.of("Ezzahi", "Al-Siaha", "<bdi>Jed</bdi>", "<bdi>Ka</bdi>"),
            "356-kuwait-dissolution", List.of("<bdi>Kuna</bdi>"),
            "357-algeria-coach", List.of("5 July 2024"),
            "358-factcheck", List.of("Mohammed Ould</bdi>", "مسبار | تحقق"),
            "359-jordan-weather", List.of("<bdi>Oman</bdi>", "Aqabah"),
            "360-oped-deposits", List.of("Sim Mansouri"),
            "361-jordan-cabinet", List.of("Mahmoud Abbas", "Clef Hassen"),
            "370-oman-tanker", List.of("Al-Bahriye"),
            "371-libya-central-bank", List.of("Lippia", "Al-Libby", "Mubasher", "كوكيز"),
            "372-syria-redenomination", List.of("<bdi>Karam</bdi>", "until 2025"),
            "373-uae-court", List.of("Abuzbi"),
            "375-jordan-water-tariff", List.of("Shahria"),
            "377-lebanon-president-rounds", List.of("Sotan", "Jajaa", "Al-Gaouat"),
            "378-kuwait-ipo", List.of("308 dinars", "Kamko", "أسعار العملات"),
            "379-flight-emergency", List.of("<bdi>Essen</bdi>", "<strong>237", "<bdi>Twitter</bdi>"),
            "380-interview-translated", List.of("<bdi>Kabul</bdi>", "<bdi>Lee</bdi>", "يُمنع النقل"),
            "381-kaust-study", List.of("Jameha", "Bahthi", "Hrita"),
            "390-nile-dam", List.of("Al-Mward", "Wallery"),
            "391-doping-ban", List.of("Al-Aalmieh", "<bdi>Ada</bdi>", "Yelson"),
            "392-kuwait-recall", List.of("Al-Mwassefat"),
            "393-tunisia-doctors-strike", List.of("Al-Terbisat", "Al-Trabasat", "Al-Atba"),
            "394-riyadh-metro-5things", List.of("Mitro", "Al-Malekiya", "Shahade"),
            "395-iran-fuel-mixed-digits", List.of("Publication date unknown", "Source unknown", "Al-Gmehouria"),
            "396-mauritania-results-regions", List.of("Ters Zemmour", "Courcol", "Al-Dah Committee", "29 June 2024</time>"),
            "397-bahrain-f1", List.of("Verstappin", "Saeq Ferrari", "Tayran"),
            "399-qatar-ambassadors", List.of("6 August 1445", "<bdi>Ireland</bdi>"),
            "400-sharjah-accident", List.of("nationalities", "Publication date unknown"),
            "401-museum-opening", List.of("Tot Ankhe", "Gaika", "Al-Khamis", "Publication date unknown"),
            "410-prisoner-exchange-list", List.of("Qatari News Agency"),
            "411-morocco-question-time", List.of("Abdul Latif Rashid", "Al-Takdem"),
            "412-qatar-worldcup-anniversary", List.of("Al-Dooley", "Qatari News Agency"),
            "413-sudan-jeddah-talks", List.of("Al-Hakoumia"),
            "414-dubai-real-estate", List.of("Properti", "C Bee"),
            "415-algeria-pardon", List.of("Abdel Halim Hafez", "Havez"),
            "416-yemen-rial-two-rates", List.of("Publication date unknown", "Source unknown"),
            "417-egypt-cassation", List.of("2023</strong>"),
            "418-jordan-university-ranking", List.of("Al-Jeremock"),
            "419-lebanon-banking-secrecy", List.of("Al-Mal Walmoisena", "Al-Rkaba"),
            "421-uae-space-mission", List.of("<bdi>Raed</bdi>", "Al-Mcsic"),
            "430-kuwait-marine-warning", List.of("<bdi>Bard</bdi>", "Publication date unknown"),
            "431-boraq-ridership", List.of("Publication date unknown", "undated"),
            "432-poet-obituary", List.of("Kitob Union", "Sultan bin Saqr", "undated"),
            "433-saudi-women-league", List.of("<bdi>Dia</bdi>", "<bdi>FIFA</bdi>"),
            "434-tunisia-strike-live", List.of("Al-Shegel Union", "Mohammed Ali", "Haliq"),
            "435-egypt-wheat-tender", List.of("C And Af", "15 pounds", "<bdi>Central Bank</bdi>"),
            "436-petra-visitors", List.of("Al-Ionesco", "Al-Petra"),
            "437-oman-sultan-belgium", List.of("Mamlka Belgium", "Oubaljica", "Shugaik", "<bdi>Mina</bdi>", "<bdi>Demi</bdi>"),
            "438-olive-harvest", List.of("Uram Allah", "Yes Dean", "Karoui Council"),
            "439-lebanon-fuel-oil", List.of("Aweil", "undated"),
            "440-syria-quake-anniversary", List.of("Publication date unknown"),
            "441-qatar-traffic-faq", List.of("Qatari Command"),
            "450-saudi-budget-deficit", List.of("<bdi>Aas</bdi>", "<strong>1 billion riyals</strong>"),
            "451-kurdistan-election-seats", List.of("<bdi>Curran</bdi>", "Al-Kota", "head of the National Union"),
            "452-kuwait-interpellation", List.of("Al-Petrol al-Quetie", "15 February 2024"),
            "453-dubai-world-cup", List.of("Publication date unknown"),
            "454-riyadh-air-order", List.of("Tayran al-Riad", "<bdi>Gium</bdi>", "Al-Arabia Latiran"),
            "455-houthi-ship-attack", List.of("<bdi>Sonni</bdi>", "undated"),
            "456-gaza-aid-trucks", List.of("Kirm Shalom", "Ayers al-Gharbi"),
            "457-derna-reconstruction", List.of("Dinar Libby", "Emaar Properties", "<strong>2025</strong>"),
            "458-tunisia-phosphate", List.of("Al-Vesfat al-Tjaari", "Central Bank", "Al-Mizan al-Tjaari"),
            "459-arab-cup-final-live", List.of("<strong>0"),
            "460-ceuta-customs-reopening", List.of("Hespris Man Toine", "Malilia", "<bdi>Ivy</bdi>"),
            "461-iraq-provincial-allocations", List.of("<bdi>Apple</bdi>", "Source unknown"),
            "470-egypt-inflation-capmas", List.of("<bdi>Al Ahly</bdi>"),
            "471-qatar-mediation-hostages", List.of("Publication date unknown"),
            "473-jordan-royal-birth", List.of("<bdi>Al-Hashemi</bdi>", "King Abdullah II King"),
            "474-ramadan-series-ranking", List.of("Youssef Chahed", "Mohanad Ali", "<bdi>Abba Jeh</bdi>"),
            "475-dubai-marathon-results", List.of("42,195", "<bdi>Mohammed bin Rashid Al Maktoum</bdi>"),
            "476-oman-scholarships", List.of("7–11 April 2024"),
            "477-riyadh-botulism", List.of("Saud King", "Mustachova"),
            "478-squash-final", List.of("<bdi>Al Ahly</bdi>"),
            "479-zakat-fitr", List.of("<bdi>Mufti</bdi>", "Dar al-Evta", "<bdi>Hajate</bdi>"),
            "480-sonatrach-eni-gas", List.of("Sunatrak", "Rkla", "Velaya", "<bdi>Italian Council of Ministers</bdi>"),
            "481-flynas-new-route", List.of("Tayran Nas", "Publication date unknown"),
            "490-kuwait-former-minister", List.of("Al-Ama Mcafeha"),
            "492-iraq-oil-exports-terminals", List.of("Publication date unknown", "7,364 million", "Cihan", "<bdi>Sumu</bdi>"),
            "493-pa-salaries", List.of("Palestina", "6 November 2024"),
            "495-tunisia-governor-dismissal", List.of("<bdi>Bouzid</bdi>", "<bdi>Seydi</bdi>"),
            "496-qatar-airways-route", List.of("15 July 2024", "Kinchasa", "Al-Kongo"),
            "497-egypt-cup-final", List.of("Omar Jaber al-Kass", "<bdi>Krunoslav</bdi>"),
            "498-saudi-unesco", List.of("Food and Agriculture Organization", "8,000 kilometres", "1 August 2024", "Banjaran", "<bdi>Hama</bdi>"),
            "499-libya-noc-force-majeure", List.of("Opare", "Council of Representatives"),
            "500-bahrain-morning-digest", List.of("Publication date unknown", "Feriq al-Tahrer", "Narendra Moody"),
            "510-tadawul-close", List.of("إفصاح"),
            "511-oman-municipal-turnout", List.of("Al-Riessia Committee", "124 seats"),
            "513-morocco-rail-extension", List.of("Gouh"),
            "516-qatar-national-day-programme", List.of("Lucille", "Al-Manzma", "Rajal al-Amen"),
            "517-sczone-chinese-contract", List.of("Source unknown", "Publication date unknown", "coalition", "Al-Ama Ilmantika"),
            "518-kurdistan-salaries", List.of("<bdi>Sami</bdi>"),
            "519-jordan-pm-flash", List.of("Clef", "عمون ليست مسؤولة"),
            "520-kuwait-dust-live", List.of("Al-Melaha", "تطبيق القبس"),
            "530-uae-golden-visa", List.of("Al-Ethadia Lhouia"),
            "531-saudi-traffic-fines", List.of("<strong>2000</strong>", "حجم الخط"),
            "532-egypt-imf-tranche", List.of("Publication date unknown", "Al-Khata Walmoisena"),
            "533-gaza-ceasefire-talks", List.of("«في الأيام المقبلة»", "3 April 2025"),
            "535-libya-migrant-rescue", List.of("Bingladdec", "Hirs al-Sawwahl", "Aas O Aas"),
            "537-salalah-frankincense", List.of("Dvar", "Source unknown", "للتواصل الإعلامي", "<bdi>Suga</bdi>"),
            "538-jordan-water-carrier", List.of("Abbas Kamel", "Al-Miyah al-Mater"),
            "539-saudi-robotic-surgery", List.of("Publication date unknown", "Rabi al-Awwal 1446 AH –"),
            "540-qatar-cassation-commercial", List.of("Al-Estinav", "Lucille"),
            "541-mauritania-decree-ministers", List.of("<bdi>Ouled</bdi>"),
            "550-saudi-transfer-euros", List.of("Belgh Castro", "Castro Thamen", "Al-Portugalieh", "Sadio Manny"),
            "551-egypt-acquittal-corruption", List.of("Amana Ser", "Al-Rkaba"),
            "552-libya-cbl-exchange-rate", List.of("Publication date unknown", "ملاحظة المحرر"),
            "553-sudan-fasher-live", List.of("Stefan Dugarrick"),
            "554-iraq-census-five-things", List.of("Peshmerga"),
            "555-jordan-fuel-fils", List.of("<strong>90 بمقدار", "Tassair"),
            "557-oman-lng-shipment", List.of("Al-Szmal"),
            "558-tunisia-water-cuts", List.of("Jedida"),
            "559-morocco-throne-pardon", List.of("<bdi>Hassan</bdi>"),
            "560-prisoners-society", List.of("Al-Kades", "Waleed Daga", "Thimann"),
            "561-aden-currency-interview", List.of("Facebook", "Source unknown", "Publication date unknown"),
            "570-morocco-bam-rate-qa", List.of("Joahri"),
            "571-algeria-new-wilaya-factbox", List.of("Mahmoud Abbas", "Al-Umm", "<bdi>Saleh</bdi>"),
            "573-bahrain-laundering-correction", List.of("Al-Kypri"),
            "574-egypt-food-poisoning-numbered", List.of("Al-Picteria"),
            "575-lebanon-army-statement-quote", List.of("Al-Mwatnin", "الأخبار المنشورة على الموقع الإلكتروني لوكالة الأناضول"),
            "576-sudan-gezira-wheat-weekly", List.of("في هذا العدد", "للاشتراك في النسخة الورقية", "<bdi>Al Jazeera</bdi>"),
            "577-uae-fog-image-credits", List.of("النص البديل", "Khalifa bin Zayed"),
            "578-gulf-roundup-three", List.of("Maali", "Yanited", "Soltani", "Anatolia"),
            "579-red-sea-festival-awards", List.of("Arbitration", "Speich"),
            "580-kuwait-assembly-vote-tweet", List.of("Al-Escania", "Eisa al-Kendre"),
            "581-jordan-desert-highway-relative", List.of("<bdi>Oman</bdi>", "Omani Ministry"),
            "590-saudi-meningitis-umrah", List.of("واتساب", "تيليجرام"),
            "592-iraq-supreme-court-mp", List.of("governor of Nineveh", "Al-Safa al-Dirja"),
            "593-jordan-tawjihi-results", List.of("petra.gov.jo", "Nassab"),
            "595-houthi-centcom-claims", List.of("<bdi>Don</bdi>"),
            "596-uae-midday-break", List.of("Reading time", "International Organisation of Labour"),
            "597-tunisia-minister-dismissal-fb", List.of("صفحة رسمية على فيسبوك", "25 July 2024", "3 books", "Said Yafi"),
            "598-morocco-hcp-inflation-words", List.of("<strong>7%</strong>"),
            "599-algeria-sonelgaz-peak-short", List.of("Selghaz", "شارك | تعليق"),
            "600-unhcr-chad-sudanese-refugees-long", List.of("2.3 megabytes", "Lehmann", "Jan Pierre", "<bdi>Adel</bdi>", "Al-Mvuziye"),
            "601-bahrain-cabinet-pasted-twice", List.of("National Ministry of Finance", "Hakuma"),
            "610-niger-somair-nationalisation", List.of("Sommer", "Mnajem", "صورة أرشيفية"),
            "611-morocco-amazigh-new-year", List.of("ⵀⵉⵙⴱⵔⵉⵙ", "Sohrat", "Bocchus", "تعليقات الزوار"),
            "612-jordan-gold-karat-amp", List.of("<bdi>Sarah</bdi>", "Source unknown", "Al-Bee", "Amine Ser"),
            "613-iraq-cbi-currency-auction", List.of("تحرير: علي"),
            "614-egypt-handball-super-globe", List.of("Stade", "Vezbrem", "Magdburg"),
            "615-kuwait-zain-press-release", List.of("Berro", "Al-Thatia", "al-Swedia"),
            "616-uae-appeal-initials", List.of("Emirati Court", "Al-Shahade", "محمد فرغلي - دبي"),
            "617-kurdistan-halabja-governorate", List.of("Kurdistan National Union", "Publication date unknown", "Pavel Jalal"),
            "618-saudi-hijri-planting-season", List.of("May 1446", "August 1446", "Saud King", "<bdi>Najah</bdi>"),
            "619-lebanon-displaced-governorates", List.of("Al-Szmal", "Al-Junup", "ن.ح"),
            "620-djibouti-au-commission-syndicated", List.of("Al-Munikada", "<bdi>Ades</bdi>", "[1]"),
            "621-oman-cyber-panos-vulnerability", List.of("Al-Americia", "Al-Stagaba", "Marid", "رصد- أثير"),
            "622-israel-haaretz-translated-oped", List.of("Harz", "Hariel"),
            "623-uae-arabic-fiction-prize-guillemets", List.of("15–24 April", "Mouna Becker"),
            "624-egypt-azhar-ifta-betting-fatwa", List.of("Sheikh al-Azhar al-Sherif", "Kell al-Azhar", "Muharram"),
            "625-lebanon-syriac-patriarch-ordination", List.of("al-Thelth"),
            "626-jordan-election-party-lists-table", List.of("Al-Mustakla", "Al-Nawab al-Ashren"),
            "627-algeria-eid-prayer-times-wilayas", List.of("Hran", "Morocco", "Mubarak", "Al-Fajr", "30 May", "Seydi Belabbas", "Tizie Wazzo"),
            "628-saudi-startup-series-a-usd-sar", List.of("2,022", "Rouateb"),
            "629-yemen-hadramawt-flood-districts-indic", List.of("Vathan", "Khames", "Owadi"),
            "630-syria-telegram-channel-digest", List.of("👁", "Forwarded from", "دمشق الآن | Damascus"),
            "631-morocco-court-sentences-in-words", List.of("Rachid", "Lasri"),
            "632-libya-tribal-reconciliation-titles-nisba", List.of("Waleed", "Ali Aboubakar</bdi>"),
            "633-iraq-pdf-newspaper-page-faw-port", List.of("FAO", "خط-", "3 meals"));

    @Test
    void theFactsAreGivenInEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var says : SAYS.entrySet()) {
            String page = english(says.getKey());
            for (String fact : says.getValue()) if (!page.contains(fact)) missing.add(says.getKey() + ": " + fact);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void nothingOfWhatWasMendedComesBack() throws IOException {
        List<String> found = new ArrayList<>();
        for (var never : NEVER.entrySet()) {
            String page = english(never.getKey()) + Files.readString(project.resolve("content/ar/" + never.getKey() + ".md"), StandardCharsets.UTF_8);
            for (String text : never.getValue()) if (page.contains(text)) found.add(never.getKey() + ": " + text);
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theSavedWebPageIsReadAsItsArticle() throws IOException {
        assertFalse(stdout.contains("016_budget.html: warning: not read"), stdout);
        // its author, سارة الجبوري, spelt out on the English page
        assertTrue(english("016-budget").contains("{\"label\":\"Author\",\"value\":\"Sarah al-Jabbouri\"}"), english("016-budget"));
    }
}
