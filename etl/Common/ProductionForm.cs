using CorrAnalytics.Warehouse.Files;
using CorrAnalytics.Warehouse.Time;
namespace CorrAnalytics.Etl.Common;

/// <summary>The labels of the production form П-1 (DESIGN §3): the reader finds cells by these, not by address.</summary>
public static class ProductionForm
{
    public const string SheetName = "П-1";

    public const string FacilityCode = "Код учреждения";
    public const string Period = "Отчетный период";
    public const string Branch = "Филиал";

    public static readonly IReadOnlyList<string> ProductColumns =
    [
        "Код продукции", "Наименование", "Ед. изм.", "План, кол-во", "План, тенге", "Выпуск, кол-во",
        "Выпуск, тенге", "Реализовано, кол-во", "Реализовано, тенге", "в т.ч. внутри системы, тенге",
    ];

    public const string AbleBodied = "Трудоспособных осужденных";
    public const string EmployedTotal = "Трудоустроено всего";
    public const string EmployedEnbek = "в т.ч. РГП Еңбек";
    public const string EmployedPrivate = "в т.ч. частные предприниматели";
    public const string EmployedHousehold = "в т.ч. хозяйственное обслуживание";
    public const string WageFund = "Фонд оплаты труда, тенге";
    public const string Deductions = "Удержания по исполнительным документам, тенге";

    public static readonly IReadOnlyList<string> LabourLabels =
        [AbleBodied, EmployedTotal, EmployedEnbek, EmployedPrivate, EmployedHousehold, WageFund, Deductions];

    public static string FileName(string facilityCode, YearMonth month) =>
        $"production_{FileNameCode.Of(facilityCode)}_{month.Compact}.xlsx";
}
