"""The dev sets on made-up databases (every name in ``SETS`` below): each database is the same on every build,
every gold query returns rows, and no ranking's gold has a tie at its cut."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa
import sqlglot
from sqlglot import exp

from datachat.nl2sql import load_questions, run_query

from .academy import build_academy_database
from .airline import build_airline_database
from .allotments import build_allotments_database
from .bakery import build_bakery_database
from .bikeshare import build_bikeshare_database
from .bookshop import build_bookshop_database
from .bowling import build_bowling_database
from .brewery import build_brewery_database
from .carrental import build_carrental_database
from .charity import build_charity_database
from .cinema import build_cinema_database
from .climbing import build_climbing_database
from .coach import build_coach_database
from .conftest import DEV
from .coop import build_coop_database
from .coworking import build_coworking_database
from .crm import build_crm_database
from .cycling import build_cycling_database
from .dance import build_dance_database
from .dental import build_dental_database
from .driving import build_driving_database
from .elearning import build_elearning_database
from .esports import build_esports_database
from .factory import build_factory_database
from .ferry import build_ferry_database
from .festival import build_festival_database
from .fleet import build_fleet_database
from .florist import build_florist_database
from .garden import build_garden_database
from .golf import build_golf_database
from .gym import build_gym_database
from .hostel import build_hostel_database
from .hotel import build_hotel_database
from .hr import build_hr_database
from .insurance import build_insurance_database
from .kennel import build_kennel_database
from .laboratory import build_laboratory_database
from .laundry import build_laundry_database
from .lettings import build_lettings_database
from .library import build_library_database
from .marathon import build_marathon_database
from .marina import build_marina_database
from .museum import build_museum_database
from .musicschool import build_musicschool_database
from .nursery import build_nursery_database
from .orchard import build_orchard_database
from .parking import build_parking_database
from .pharmacy import build_pharmacy_database
from .plumbing import build_plumbing_database
from .pottery import build_pottery_database
from .printshop import build_printshop_database
from .publisher import build_publisher_database
from .quarry import build_quarry_database
from .recruit import build_recruit_database
from .removals import build_removals_database
from .restaurant import build_restaurant_database
from .saas import build_saas_database
from .salon import build_salon_database
from .school import build_school_database
from .ski import build_ski_database
from .solar import build_solar_database
from .storage import build_storage_database
from .surf import build_surf_database
from .taxi import build_taxi_database
from .telecom import build_telecom_database
from .theatre import build_theatre_database
from .tickets import build_tickets_database
from .tyres import build_tyres_database
from .utility import build_utility_database
from .venues import build_venues_database
from .vetclinic import build_vetclinic_database
from .warehouse import build_warehouse_database
from .waste import build_waste_database
from .winery import build_winery_database
from .zoo import build_zoo_database

#: (set, its database builder, how many questions it has, every table and how many rows the fixed seed gives it)
SETS = [
    ("library", build_library_database, 50,
     {"branches": 5, "authors": 30, "books": 150, "members": 90, "loans": 600}),
    ("hotel", build_hotel_database, 40, {"hotels": 8, "rooms": 60, "guests": 120, "bookings": 500, "reviews": 200}),
    ("vetclinic", build_vetclinic_database, 40,
     {"vets": 7, "owners": 110, "pets": 160, "visits": 600, "medications": 14, "prescriptions": 607}),
    ("fleet", build_fleet_database, 50,
     {"depots": 5, "drivers": 40, "vehicles": 30, "customers": 70, "shipments": 800, "fuel_purchases": 400}),
    ("tickets", build_tickets_database, 50,
     {"venues": 8, "performers": 40, "events": 150, "customers": 400, "orders": 1500, "tickets": 4000,
      "refunds": 150}),
    ("lettings", build_lettings_database, 50,
     {"branches": 6, "negotiators": 28, "landlords": 60, "properties": 180, "tenants": 250, "tenancies": 420,
      "maint_requests": 500}),
    ("gym", build_gym_database, 50,
     {"clubs": 6, "staff": 30, "plans": 5, "members": 300, "memberships": 400, "class_types": 12,
      "class_sessions": 600, "bookings": 3000, "payments": 2000}),
    ("school", build_school_database, 50,
     {"schools": 5, "subjects": 15, "staff": 60, "pupils": 800, "classes": 130, "enrolments": 4000,
      "assessments": 6000, "absence_reasons": 8, "absences": 3000, "behaviour_incidents": 200}),
    ("airline", build_airline_database, 50,
     {"airports": 16, "aircraft": 20, "routes": 40, "flights": 2500, "passengers": 1500, "bookings": 5000,
      "crew_members": 80, "crew_assignments": 6000}),
    ("hr", build_hr_database, 50,
     {"offices": 5, "depts": 14, "grades": 9, "employees": 420, "sal_hist": 2325, "leave_types": 8,
      "leave_reqs": 3413, "perf_reviews": 925, "courses": 19, "training_att": 1500}),
    ("bikeshare", build_bikeshare_database, 50,
     {"districts": 6, "stations": 28, "plans": 6, "members": 420, "bikes": 240, "trips": 4800, "technicians": 8,
      "issue_types": 10, "maint_jobs": 520, "payments": 4263}),
    ("restaurant", build_restaurant_database, 50,
     {"sites": 5, "menu_cats": 7, "menu_items": 45, "staff": 57, "shifts": 2327, "checks": 1500,
      "check_lines": 9240, "suppliers": 11, "deliveries": 616, "reservations": 1500}),
    ("utility", build_utility_database, 50,
     {"regions": 10, "tariffs": 15, "customers": 400, "premises": 437, "meters": 755, "meter_reads": 3700,
      "bills": 2123, "payments": 1988, "tickets": 360}),
    ("insurance", build_insurance_database, 50,
     {"brokers": 11, "policyholders": 700, "products": 8, "policies": 1200, "vehicles": 615, "properties": 572,
      "adjusters": 12, "perils": 12, "claims": 760, "claim_payments": 860}),
    ("warehouse", build_warehouse_database, 50,
     {"sites": 5, "prod_cat": 9, "suppliers": 14, "skus": 103, "inv_bal": 345, "po_hdr": 360, "po_ln": 1143,
      "customers": 36, "shipments": 1400, "stk_mv": 5242}),
    ("telecom", build_telecom_database, 50,
     {"channels": 12, "price_plans": 14, "addons": 10, "accounts": 320, "subscriptions": 658, "sub_addons": 381,
      "usage_records": 4000, "invoices": 3618, "payments": 3577, "port_requests": 189}),
    ("elearning", build_elearning_database, 50,
     {"categories": 8, "instructors": 22, "courses": 50, "lessons": 582, "organisations": 26, "learners": 1150,
      "orders": 839, "enrolments": 2725, "quiz_attempts": 5105, "course_reviews": 664}),
    ("carrental", build_carrental_database, 50,
     {"branches": 12, "veh_classes": 10, "vehicles": 170, "customers": 900, "rentals": 4218, "extras": 12,
      "rental_extras": 5544, "damage_reports": 250, "invoices": 4076, "payments": 4264}),
    ("crm", build_crm_database, 50,
     {"regions": 5, "reps": 32, "industries": 9, "accounts": 240, "contacts": 498, "leads": 900,
      "opportunities": 660, "products": 14, "opp_lines": 1327, "activities": 3200}),
    ("factory", build_factory_database, 50,
     {"lines": 6, "machines": 18, "products": 30, "bom_lines": 59, "operators": 48, "work_orders": 700,
      "prod_runs": 1193, "qc_insp": 449, "dt_reasons": 10, "downtime": 1300}),
    ("charity", build_charity_database, 50,
     {"regions": 10, "supporters": 1200, "appeals": 12, "donations": 3200, "reg_gifts": 227, "events": 14,
      "event_regs": 357, "volunteers": 130, "vol_shifts": 1800, "legacies": 60}),
    ("brewery", build_brewery_database, 50,
     {"rgn": 7, "reps": 8, "beers": 14, "batches": 464, "pkg": 6, "prods": 34, "custs": 116, "inv": 2600,
      "inv_ln": 7216, "dlv": 2735, "rtns": 207}),
    ("saas", build_saas_database, 50,
     {"ctry": 11, "csm": 8, "orgs": 120, "plans": 5, "subs": 136, "inv": 1539, "pmt": 1494, "tix": 700, "feat": 14,
      "usage_evt": 5000}),
    ("museum", build_museum_database, 50,
     {"sites": 5, "galleries": 18, "makers": 28, "objects": 640, "exhibitions": 21, "exh_items": 327, "loans": 90,
      "tkt_types": 7, "tkt_sales": 6000, "members": 420, "donations": 700}),
    ("dental", build_dental_database, 50,
     {"practices": 6, "clin": 32, "pts": 1200, "tx_cd": 14, "appts": 5000, "tx": 4365, "inv": 2753, "pmt": 2405,
      "recalls": 1263, "refs": 180}),
    ("publisher", build_publisher_database, 50,
     {"imprint": 7, "agents": 8, "authors": 42, "titles": 84, "editions": 231, "print_runs": 224, "accts": 28,
      "so_hdr": 1400, "so_ln": 2973, "rtns": 146, "roy_stmt": 268}),
    ("coworking", build_coworking_database, 50,
     {"bldg": 7, "spc_typ": 4, "spaces": 153, "cos": 36, "mbrs": 320, "ctr": 182, "bkg": 2600, "inv": 1739,
      "pmt": 1692, "iss": 260}),
    ("cinema", build_cinema_database, 50,
     {"site": 8, "scrn": 42, "film": 38, "shw": 2600, "mbr": 700, "bkg": 4748, "tkt": 11256, "conc_item": 17,
      "conc_sale": 4200, "emp": 82, "shft": 3000}),
    ("recruit", build_recruit_database, 50,
     {"ofc": 7, "consult": 44, "sect": 10, "client": 170, "cand": 2100, "vac": 640, "appl": 4330, "intvw": 3145,
      "plcmt": 508, "inv": 1168}),
    ("coop", build_coop_database, 50,
     {"rgn": 6, "mbr": 120, "fld": 605, "crop": 10, "plnt": 1927, "dlv": 4061, "pay": 830, "inp": 29,
      "inp_ord": 1900, "eqp": 16, "eqp_hire": 620}),
    ("pharmacy", build_pharmacy_database, 50,
     {"phm": 7, "stf": 44, "pt": 720, "drug": 46, "supp": 7, "rx": 3000, "rx_ln": 4787, "otc_sale": 2600, "po": 900,
      "stk": 248, "dlvry": 445}),
    ("marina", build_marina_database, 50,
     {"marinas": 6, "berths": 480, "owners": 330, "boats": 480, "berth_contracts": 771, "visits": 1384,
      "fuel_sales": 2600, "staff": 44, "repair_jobs": 548, "events": 74}),
    ("waste", build_waste_database, 50,
     {"depots": 5, "vehicles": 16, "crews": 14, "rounds": 18, "prop": 1000, "bin_iss": 3561, "coll_evt": 1387,
      "msd_coll": 720, "blky_bkg": 640, "ft_rpt": 860, "tonn": 537}),
    ("garden", build_garden_database, 50,
     {"stores": 8, "suppliers": 13, "products": 69, "customers": 620, "staff": 57, "sales": 3200, "sale_lines": 6982,
      "workshops": 90, "workshop_bookings": 762}),
    ("academy", build_academy_database, 50,
     {"coaches": 14, "teams": 14, "players": 268, "fixtures": 633, "appearances": 6703, "training_sessions": 695,
      "attendance": 10086, "injuries": 140, "payments": 1584}),
    ("ferry", build_ferry_database, 50,
     {"ports": 9, "routes": 12, "vessels": 6, "disruption_reasons": 7, "sailings": 4062, "customers": 700,
      "bookings": 3263, "fare_types": 10, "fares": 112, "tickets": 9619, "crew": 42}),
    ("kennel", build_kennel_database, 50,
     {"site": 4, "cd_lkup": 29, "brd": 28, "cust": 420, "dg": 589, "stf": 27, "svc": 14, "stay": 2600, "grm": 2200,
      "inv": 3798, "vacc": 3409}),
    ("printshop", build_printshop_database, 50,
     {"clients": 58, "products": 14, "paper_stocks": 12, "orders": 1700, "order_lines": 3144, "machines": 7,
      "print_jobs": 3178, "maint_log": 198, "couriers": 5, "deliveries": 1402, "reprints": 98}),
    ("hostel", build_hostel_database, 50,
     {"hostels": 6, "rooms": 75, "guests": 2000, "channels": 6, "bookings": 3299, "payments": 4866, "tours": 28,
      "staff": 122, "tour_bookings": 1428, "shifts": 2184, "reviews": 770}),
    ("esports", build_esports_database, 50,
     {"ctry": 16, "gm": 6, "tm": 40, "plyr": 426, "trn": 44, "mtch_sts": 4, "mtch": 315, "mtch_plyr_stt": 3040,
      "prz": 176, "spnsr": 20, "spnsr_dl": 64}),
    ("bakery", build_bakery_database, 50,
     {"shops": 6, "categories": 6, "products": 43, "staff": 61, "shifts": 2600, "batches": 3200, "write_offs": 1344,
      "sales": 3400, "sale_lines": 6590, "customers": 22, "deliveries": 2400}),
    ("festival", build_festival_database, 50,
     {"festivals": 19, "stages": 57, "artists": 298, "performances": 842, "ticket_types": 7, "attendees": 1500,
      "ticket_orders": 3218, "stalls": 243, "volunteers": 220, "shifts": 1966, "incidents": 473}),
    ("theatre", build_theatre_database, 50,
     {"venues": 2, "productions": 32, "performances": 886, "patrons": 1500, "membership_tiers": 5,
      "memberships": 570, "bookings": 10554, "donations": 620, "artists": 190, "contracts": 445, "incidents": 170}),
    ("zoo", build_zoo_database, 50,
     {"spc": 28, "encl": 20, "kpr": 20, "anml": 173, "fd_log": 4200, "trt_typ": 10, "vt_trt": 667, "tkt": 3600,
      "pss": 420, "adpt": 260, "tlk": 720}),
    ("removals", build_removals_database, 50,
     {"customers": 560, "quotes": 904, "veh": 25, "crew_mbr": 56, "mv_jobs": 588, "job_crew": 1770, "stor_unit": 150,
      "stor_contract": 183, "dmg_claims": 39, "invoices": 2307, "payments": 2256}),
    ("ski", build_ski_database, 50,
     {"resorts": 3, "lifts": 16, "guests": 620, "lift_passes": 1400, "lift_scans": 17592, "instructors": 34,
      "lessons": 900, "rental_shops": 7, "rentals": 1100, "snow_reports": 1239, "accidents": 240}),
    ("solar", build_solar_database, 50,
     {"team": 6, "eng": 32, "prod": 15, "cust": 700, "lead": 804, "qte": 657, "inst": 338, "gen_rdg": 4807,
      "svc_call": 230, "fin_agr": 124, "sts_lkp": 21}),
    ("golf", build_golf_database, 50,
     {"courses": 3, "membership_categories": 7, "members": 640, "tee_bookings": 4200, "competitions": 227,
      "competition_entries": 4490, "shop_sales": 2100, "sale_lines": 3862, "professionals": 7, "lessons": 950,
      "maintenance_jobs": 430}),
    ("laundry", build_laundry_database, 50,
     {"brnch": 8, "emp": 59, "cust": 655, "gmt_typ": 24, "ord_hdr": 3600, "ord_ln": 8076, "altr": 452, "dlvry": 970,
      "cmplnt": 171, "mach": 43, "mnt_log": 373}),
    ("coach", build_coach_database, 50,
     {"depots": 5, "vehicles": 72, "drv": 95, "routes": 18, "stops": 157, "trip_sched": 3600, "fare_typ": 9,
      "tkt_sales": 6810, "hire_bkg": 420, "breakdowns": 190, "drv_shifts": 2800}),
    ("bookshop", build_bookshop_database, 50,
     {"shops": 8, "authors": 46, "publishers": 13, "books": 201, "stock_levels": 866, "customers": 650, "sales": 4200,
      "sale_lines": 6879, "special_orders": 320, "author_events": 110, "returns": 226}),
    ("climbing", build_climbing_database, 50,
     {"centres": 7, "walls": 42, "route_setters": 16, "routes": 3259, "membership_plans": 7, "members": 1200,
      "visits": 6900, "equipment_hires": 2547, "courses": 357, "course_bookings": 1644, "incident_reports": 190}),
    ("driving", build_driving_database, 50,
     {"branches": 5, "instructors": 22, "cars": 29, "pupils": 600, "lesson_packages": 9, "package_purchases": 1259,
      "lessons": 9053, "payments": 3224, "test_attempts": 1300, "car_services": 242, "fuel_purchases": 2869}),
    ("venues", build_venues_database, 50,
     {"venues": 6, "rooms": 22, "staff": 62, "clients": 900, "enquiries": 980, "catering_packages": 12,
      "suppliers": 33, "bookings": 446, "booking_suppliers": 967, "invoices": 899, "shifts": 1444}),
    ("tyres", build_tyres_database, 50,
     {"garages": 9, "fitters": 42, "cust": 574, "veh": 867, "tyre_cat": 102, "stock": 478, "job_card": 2700,
      "job_ln": 5309, "mot_tests": 2206, "warranty_claims": 70, "purch_ord": 520}),
    ("dance", build_dance_database, 50,
     {"studios": 7, "dance_styles": 14, "teachers": 30, "classes": 84, "students": 760, "memberships": 2302,
      "payments": 2648, "attendance": 7847, "shows": 13, "ticket_sales": 1305, "costume_hires": 430}),
    ("storage", build_storage_database, 50,
     {"sites": 7, "unit_sizes": 7, "units": 238, "cust": 578, "promos": 8, "rental_agr": 960, "ins_cover": 599,
      "inv": 8308, "payments": 8174, "gate_log": 6849, "maint_issues": 228}),
    ("orchard", build_orchard_database, 50,
     {"orchards": 6, "fruit_varieties": 17, "workers": 78, "work_shifts": 3923, "harvest_batches": 686,
      "wholesale_customers": 22, "wholesale_orders": 900, "wholesale_order_lines": 1911, "shop_products": 26,
      "shop_sales": 8900, "pick_your_own_sessions": 249}),
    ("parking", build_parking_database, 50,
     {"cp_site": 15, "bay": 2358, "prmt_hldr": 330, "permit": 503, "park_sess": 7200, "pay_mach": 36,
      "sess_pmt": 7595, "mach_maint": 460, "enf_off": 15, "patrol": 2437, "pcn": 2368}),
    ("pottery", build_pottery_database, 50,
     {"studios": 4, "plans": 5, "members": 420, "classes": 118, "bookings": 937, "kiln_fire": 856,
      "glaze_stk": 47, "pcs": 7458, "clay_purch": 181, "sales": 702}),
    ("florist", build_florist_database, 50,
     {"shops": 6, "staff": 42, "flowers": 43, "stock_deliveries": 4102, "wastage": 1621, "products": 33,
      "customers": 1000, "delivery_runs": 2271, "orders": 5200, "order_lines": 7981, "event_contracts": 170}),
    ("surf", build_surf_database, 50,
     {"bases": 5, "instructors": 22, "lesson_types": 8, "lessons": 2655, "customers": 1400, "lsn_bkg": 11389,
      "hire_itm": 231, "hire_txn": 3027, "cond_log": 3574, "products": 24, "shop_sale": 2707}),
    ("salon", build_salon_database, 50,
     {"salons": 4, "stylists": 24, "clients": 1200, "services": 22, "appointments": 5200, "appointment_services": 6532,
      "payments": 4214, "products": 23, "product_sales": 1800}),
    ("taxi", build_taxi_database, 50,
     {"base": 3, "zone": 22, "tariff": 4, "drv": 60, "veh": 66, "cust_acct": 96, "shft": 1550, "job": 4351,
      "fare": 3741, "cmpl": 175}),
    ("bowling", build_bowling_database, 50,
     {"centres": 5, "lanes": 82, "bowlers": 600, "leagues": 29, "teams": 142, "team_members": 426, "bookings": 2600,
      "games": 6651, "menu_items": 29, "bar_sales": 4200}),
    ("nursery", build_nursery_database, 50,
     {"nurseries": 6, "rooms": 21, "staff": 77, "parents": 291, "children": 360, "session_types": 5,
      "bookings": 4438, "attendance": 4153, "invoices": 3080, "incidents": 420}),
    ("quarry", build_quarry_database, 50,
     {"quarries": 6, "products": 15, "customers": 140, "lorries": 56, "sales_orders": 1150,
      "weighbridge_tickets": 5488, "plant": 43, "maintenance_jobs": 461, "monthly_production": 1004}),
    ("winery", build_winery_database, 50,
     {"grape_varieties": 8, "vineyard_blocks": 14, "harvests": 68, "wines": 28, "staff": 12, "club_members": 300,
      "club_shipments": 2345, "shipment_items": 7954, "tastings": 1350, "shop_sales": 2600}),
    ("plumbing", build_plumbing_database, 50,
     {"engineers": 7, "customers": 400, "properties": 655, "boilers": 644, "service_contracts": 395, "jobs": 3195,
      "job_parts": 2300, "quotes": 257, "invoices": 2007, "gas_safety_checks": 952}),
    ("cycling", build_cycling_database, 50,
     {"shops": 5, "staff": 34, "customers": 767, "products": 55, "bikes": 1068, "sales": 3300, "sale_items": 5817,
      "repair_jobs": 2146, "rentals": 1844, "warranty_claims": 59}),
    ("laboratory", build_laboratory_database, 50,
     {"prac": 20, "dr": 66, "pt": 1150, "tst_typ": 20, "anlz": 10, "calib": 631, "coll": 2650, "tst_req": 4590,
      "rslt": 4359, "inv": 525}),
    ("musicschool", build_musicschool_database, 50,
     {"branches": 4, "instruments": 18, "teachers": 20, "guardians": 281, "students": 414, "enrolments": 1786,
      "exams": 323, "instrument_hires": 101, "invoices": 2628, "recital_performances": 251}),
    ("marathon", build_marathon_database, 50,
     {"clubs": 26, "runners": 2300, "events": 26, "races": 40, "entries": 5499, "results": 4759, "volunteers": 150,
      "vol_shifts": 632, "sponsor_deals": 55, "pledges": 463}),
    ("allotments", build_allotments_database, 50,
     {"sites": 30, "plots": 132, "plot_holders": 142, "tenancies": 165, "waiting_list": 154, "rent_invoices": 280,
      "payments": 290, "inspections": 296, "equipment": 31, "equipment_loans": 182, "meter_readings": 176,
      "work_days": 72, "work_day_attendance": 181}),
]  # fmt: skip
NAMES = [name for name, *_ in SETS]


@pytest.fixture(scope="module", params=SETS, ids=NAMES)
def made_up_set(request, tmp_path_factory):
    name, build, count, rows = request.param
    path = build(tmp_path_factory.mktemp(name) / f"{name}.sqlite3")
    return name, build, count, rows, sa.create_engine(f"sqlite:///{path}")


def test_the_database_is_the_same_on_every_build(made_up_set, tmp_path):
    _, build, _, rows, _ = made_up_set
    dumps = []
    for file in ("a.sqlite3", "b.sqlite3"):
        connection = sqlite3.connect(build(tmp_path / file))
        dumps.append(list(connection.iterdump()))
        assert {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in rows} == rows  # noqa: S608
        connection.close()
    assert dumps[0] == dumps[1]


def test_every_gold_query_returns_rows(made_up_set):
    name, _, count, _, db = made_up_set
    questions = load_questions(DEV / f"{name}.jsonl")
    assert len({q["id"] for q in questions}) == len({q["question"] for q in questions}) == len(questions) == count
    for q in questions:
        assert set(q) == {"id", "question", "gold"}
        rows = run_query(db, q["gold"])
        assert rows and rows != [(None,)] and rows != [(0,)], q["id"]  # an empty gold makes any empty answer right


def test_rankings_have_no_tie_at_their_cut(made_up_set):
    """A ranking's gold is only one right answer when the row after the cut scores less than the last row kept."""
    name, *_, db = made_up_set
    for q in load_questions(DEV / f"{name}.jsonl"):
        gold = q["gold"]
        if " LIMIT " not in gold or "ORDER BY" not in gold:
            continue
        tree = sqlglot.parse_one(gold, read="sqlite")
        cut = int(tree.args["limit"].expression.name)
        order = tree.args["order"].expressions[0].this  # the ranked expression: COUNT(*), pages, AVG(pages), an alias
        aliases = {e.alias: e.this for e in tree.expressions if isinstance(e, exp.Alias)}
        if isinstance(order, exp.Column) and not order.table and order.name in aliases:
            order = aliases[order.name]
        tree.set("limit", None)
        ranked = run_query(db, tree.select(order.copy(), append=True).sql("sqlite"))  # every row, score last
        ranked = [(row[-1], *row[:-1]) for row in ranked]
        assert len(ranked) > cut, q["id"]
        assert ranked[cut - 1][0] != ranked[cut][0], q["id"]
