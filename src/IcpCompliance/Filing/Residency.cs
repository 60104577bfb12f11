namespace IcpCompliance.Filing;

/// <summary>Who a person is for identity purposes, which decides the document the bureau accepts.</summary>
public enum Residency
{
    /// <summary>A Mainland citizen: a resident ID card.</summary>
    MainlandCitizen = 1,

    /// <summary>A Hong Kong resident: a Mainland Travel Permit (or a residence permit).</summary>
    HongKongResident = 2,

    /// <summary>A Macao resident: a Mainland Travel Permit (or a residence permit).</summary>
    MacaoResident = 3,

    /// <summary>A Taiwan resident: a Mainland Travel Permit for Taiwan residents (or a residence permit).</summary>
    TaiwanResident = 4,

    /// <summary>A foreign national: a passport.</summary>
    Foreigner = 5,
}
