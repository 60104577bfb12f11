namespace IcpCompliance.Identity;

/// <summary>Whose travel permit a <see cref="TravelPermitNumber"/> is.</summary>
public enum TravelPermitKind
{
    /// <summary>A Hong Kong resident's Mainland Travel Permit (港澳居民来往内地通行证, 回乡证), number starting H.</summary>
    HongKong = 1,

    /// <summary>A Macao resident's Mainland Travel Permit (港澳居民来往内地通行证, 回乡证), number starting M.</summary>
    Macao = 2,

    /// <summary>A Taiwan resident's Mainland Travel Permit (台湾居民来往大陆通行证, 台胞证).</summary>
    Taiwan = 3,
}
