namespace IcpCompliance.Footer;

/// <summary>Which ICP number a site displays, by the display rules of its province (see <c>docs/footer.md</c>).</summary>
public enum DisplayRule
{
    /// <summary>Guangdong: the site shows its subject's number (<c>粤ICP备12345678号</c>, without <c>-n</c>).</summary>
    SubjectNumber = 1,

    /// <summary>Every other province: the site shows its own number (<c>京ICP备12345678号-1</c>); the subject's
    /// number alone is not enough.</summary>
    ServiceNumber = 2,

    /// <summary>A service filed under a commercial license (<c>粤B2-20090059-5</c>): the number has no separate
    /// subject number, so it is shown as given in every province.</summary>
    ServiceNumberUnderLicense = 3,
}
