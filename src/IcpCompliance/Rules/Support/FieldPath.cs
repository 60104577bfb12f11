using System.Globalization;

namespace IcpCompliance.Rules;

/// <summary>The paths findings point at (<c>Services[0].Domains[1]</c>); the common ones are built once, so a rule
/// pays for a path only when it reports.</summary>
internal static class FieldPath
{
    internal const string Subject = "Subject";
    internal const string SubjectName = "Subject.Name";
    internal const string SubjectCertificate = "Subject.Certificate";
    internal const string SubjectEntityType = "Subject.EntityType";
    internal const string SubjectAddress = "Subject.Address";
    internal const string SubjectMailingAddress = "Subject.MailingAddress";
    internal const string SubjectProvince = "Subject.Province";
    internal const string Documents = "Documents";
    internal const string People = "People";
    internal const string Services = "Services";
    internal const string Operation = "Operation";

    internal static string Person(int index) => Indexed("People", index);

    internal static string Service(int index) => Indexed("Services", index);

    internal static string ServicePrincipal(int index) => Service(index) + ".Principal";

    internal static string Administrator(int index) => Service(index) + ".Account.Administrator";

    internal static string Domain(int service, int domain) => Service(service) + Indexed(".Domains", domain);

    private static string Indexed(string name, int index) => name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
