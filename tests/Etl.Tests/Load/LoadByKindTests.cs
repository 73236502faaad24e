using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>For each file kind, a small hand-made file gives exactly the warehouse rows it states.</summary>
public class LoadByKindTests
{
    [Fact]
    public void Population_rows_load_as_stated()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv",
            "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners",
            "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12",
            "ЕЦ-166/1,2024-01-02,401,399,2,0,0,12",
            "АС-221/1,2024-01-01,600,100,500,40,2,30");
        var result = etl.Run();

        Assert.All(result.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        var rows = etl.Session.Query(
            "select facility_code, strftime(date, '%Y-%m-%d'), held_total, held_sentenced, held_pretrial, women, juveniles, foreigners from core.fact_population_daily order by facility_code desc, date",
            r => $"{r.GetString(0)},{r.GetString(1)},{r.GetInt32(2)},{r.GetInt32(3)},{r.GetInt32(4)},{r.GetInt32(5)},{r.GetInt32(6)},{r.GetInt32(7)}");
        Assert.Equal(["ЕЦ-166/1,2024-01-01,400,398,2,0,0,12", "ЕЦ-166/1,2024-01-02,401,399,2,0,0,12", "АС-221/1,2024-01-01,600,100,500,40,2,30"], rows);
    }

    [Fact]
    public void Movements_incidents_and_staffing_load_as_stated()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", "facility_code,date,movement,count",
            "ЕЦ-166/1,2024-01-03,admission_court,4", "ЕЦ-166/1,2024-01-03,release_parole,2");
        etl.Drop("incidents_202401.csv", "incident_id,facility_code,occurred_at,incident_type,persons",
            "INC-1,ЕЦ-166/2,2024-01-15T13:45:00,self_harm,1", "INC-2,АС-221/1,2024-01-31T23:59:00,group_disorder,12");
        etl.Drop("staffing_202401.csv", "facility_code,staff_category,posts_established,posts_filled",
            "ЕЦ-166/1,custodial,90,81", "ЕЦ-166/1,medical,14,12");
        etl.Run();

        Assert.Equal(6, etl.Count("select sum(count) from core.fact_movement where facility_code = 'ЕЦ-166/1'"));
        Assert.Equal(2, etl.Count("select count(*) from core.fact_movement"));
        Assert.Equal(
            ["INC-1 ЕЦ-166/2 2024-01-15 13:45:00 self_harm 1", "INC-2 АС-221/1 2024-01-31 23:59:00 group_disorder 12"],
            etl.Session.Query("select concat_ws(' ', incident_id, facility_code, strftime(occurred_at, '%Y-%m-%d %H:%M:%S'), incident_type, persons) from core.fact_incident order by incident_id", r => r.GetString(0)));
        Assert.Equal(
            ["ЕЦ-166/1 2024-01-01 custodial 90 81", "ЕЦ-166/1 2024-01-01 medical 14 12"],
            etl.Session.Query("select concat_ws(' ', facility_code, month, staff_category, posts_established, posts_filled) from core.fact_staffing order by staff_category", r => r.GetString(0)));
    }

    [Fact]
    public void Budget_plan_and_payments_in_Windows_1251_with_decimal_comma_load_as_stated()
    {
        using var etl = new EtlHarness().Register();
        etl.DropAccounting("budget_plan_2024.csv",
            "Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма",
            "ЕЦ-166/1;010;100;141;РБ;01.2024;1 234 567,89",
            "ЕЦ-166/1;010;101;159;СД;02.2024;1\u00a0000,5");
        etl.DropAccounting("budget_exec_202401.csv",
            "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;600 000,00;ПП-1",
            "16.01.2024;ЕЦ-166/1;010;100;141;РБ;-1 500,25;ПП-2");
        etl.Run();

        Assert.Equal(
            ["ЕЦ-166/1 010 100 141 РБ 2024-01-01 1234567.89", "ЕЦ-166/1 010 101 159 СД 2024-02-01 1000.50"],
            etl.Session.Query("select concat_ws(' ', facility_code, programme, subprogramme, specific, source, month, amount) from core.fact_budget_plan order by month", r => r.GetString(0)));
        Assert.Equal(
            ["ЕЦ-166/1 2024 ПП-1 2024-01-15 600000.00", "ЕЦ-166/1 2024 ПП-2 2024-01-16 -1500.25"],
            etl.Session.Query("select concat_ws(' ', facility_code, year, document, date, amount) from core.fact_payment order by document", r => r.GetString(0)));
    }

    [Fact]
    public void Products_snapshot_adds_and_renames_products()
    {
        using var etl = new EtlHarness();
        etl.Drop("products_20240101.csv", "product_code,name_kk,name_ru,category,unit",
            "GR-001,Жаңа атау,Новое название,garments,set", "GR-099,Жаңа өнім,Новый продукт,garments,pcs");
        etl.Run();

        Assert.Equal("Новое название", etl.Session.Scalar<string>("select name_ru from core.dim_product where product_code = 'GR-001'"));
        Assert.Equal(61, etl.Count("select count(*) from core.dim_product"));
    }

    [Fact]
    public void Registers_may_name_facilities_and_products_in_English_in_an_optional_last_column()
    {
        using var etl = new EtlHarness();
        string[] register = EtlHarness.RegisterLines();
        etl.Drop("facilities_20240101.csv", [register[0] + ",name_en", register[1] + ",Colony EC-166/1", register[2] + ",", register[3] + ", "]);
        etl.Drop("products_20240101.csv", "product_code,name_kk,name_ru,category,unit,name_en",
            "GR-001,Жаңа атау,Новое название,garments,set,New name", "GR-099,Жаңа өнім,Новый продукт,garments,pcs,");
        var outcomes = etl.Run().Files;

        Assert.All(outcomes, o => Assert.Equal(0, o.Rejected));
        Assert.Equal([null, "Colony EC-166/1", null], etl.Session.Query(
            "select name_en from core.dim_facility order by facility_code", r => r.IsDBNull(0) ? null : r.GetString(0)));
        Assert.Equal(["New name", null], etl.Session.Query(
            "select name_en from core.dim_product where product_code in ('GR-001', 'GR-099') order by product_code", r => r.IsDBNull(0) ? null : r.GetString(0)));
    }

    [Fact]
    public void A_register_header_naming_none_of_its_columns_is_refused_naming_the_expected_ones()
    {
        using var etl = new EtlHarness();
        etl.Drop("products_20240101.csv", "code,kk,ru,kind,measure", "GR-001,А,Б,garments,set");
        var outcome = etl.Run().Files.Single();

        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("expected 'product_code,name_kk,name_ru,category,unit,name_en' (name_en may be left out)", outcome.Message);
    }

    [Fact]
    public void Units_written_as_russian_or_kazakh_names_and_abbreviations_are_stored_as_their_codes()
    {
        using var etl = new EtlHarness { RejectThreshold = 0.2 };
        etl.Drop("products_20240101.csv", "product_code,name_kk,name_ru,category,unit",
            "GR-101,А,А,garments,шт", "GR-102,Б,Б,garments,Шт.", "GR-103,В,В,garments,компл.", "BM-101,Г,Г,building_materials,т",
            "BK-101,Д,Д,bakery,кг", "BM-102,Е,Е,building_materials,м2", "BM-103,Ж,Ж,building_materials,м²", "GR-104,З,З,garments,дана",
            "GR-105,И,И,garments,PCS", "GR-106,К,К,garments,ведро");
        var outcome = etl.Run().Files.Single();

        Assert.Equal(
            ["BK-101 kg", "BM-101 t", "BM-102 m2", "BM-103 m2", "GR-101 pcs", "GR-102 pcs", "GR-103 set", "GR-104 pcs", "GR-105 pcs"],
            etl.Session.Query("select product_code || ' ' || unit from core.dim_product where length(name_ru) = 1 order by 1", r => r.GetString(0)));
        Assert.Equal(1, outcome.Rejected); // "ведро" is no unit of the catalogue
        Assert.Contains(etl.Rejects("products_20240101.csv"), r => r.Rule == "UNKNOWN_CODE" && r.Column == "unit");
    }

    [Fact]
    public void A_changed_capacity_starts_a_new_facility_version_and_a_new_name_does_not()
    {
        using var etl = new EtlHarness().Register("20240101", capacityA: 500);
        etl.Run();
        etl.Register("20240301", capacityA: 700);
        File.WriteAllText(Path.Combine(etl.Inbox, "facilities_20240401.csv"),
            File.ReadAllText(Path.Combine(etl.Inbox, "facilities_20240301.csv")).Replace("Учреждение ЕЦ-166/1", "Учреждение ЕЦ-166/1 (новое)"));
        etl.Run();

        var versions = etl.Session.Query(
            "select capacity, strftime(valid_from, '%Y-%m-%d'), strftime(valid_to, '%Y-%m-%d'), is_current, name_ru from core.dim_facility where facility_code = 'ЕЦ-166/1' order by valid_from",
            r => (r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetString(4)));
        Assert.Equal(
            [(500, "1975-05-01", "2024-02-29", false, "Учреждение ЕЦ-166/1"), (700, "2024-03-01", "9999-12-31", true, "Учреждение ЕЦ-166/1 (новое)")],
            versions);
        Assert.Equal(1, etl.Count("select count(*) from core.dim_facility where facility_code = 'АС-221/1'"));
    }

    [Fact]
    public void An_older_register_snapshot_after_a_newer_one_is_refused()
    {
        using var etl = new EtlHarness().Register("20240301");
        etl.Run();
        etl.Register("20240101", capacityA: 450);
        var outcome = etl.Run().Files.Single();
        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("older than the one already loaded", outcome.Message);
    }
}
