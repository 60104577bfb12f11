namespace IcpCompliance.Filing;

/// <summary>The kind of internet information service being filed.</summary>
public enum ServiceKind
{
    /// <summary>网站 A website, identified by its domains.</summary>
    Website = 1,

    /// <summary>App A mobile app, identified by its package name.</summary>
    App = 2,

    /// <summary>小程序 A Mini Program (WeChat, Alipay, Douyin, …), identified by its app id.</summary>
    MiniProgram = 3,

    /// <summary>快应用 A quick app, identified by its package name.</summary>
    QuickApp = 4,
}
