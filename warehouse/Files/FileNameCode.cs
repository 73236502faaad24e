namespace CorrAnalytics.Warehouse.Files;

/// <summary>
/// A facility code as a file name writes it (a production form's, a slice's): '/' cannot stand in a
/// file name and becomes '-' (the SQL macro staging.file_name_code says the same).
/// </summary>
public static class FileNameCode
{
    public static string Of(string facilityCode) => facilityCode.Replace('/', '-');
}
