using NrcGame.Silo.Hosting;

// Standalone silo process: hosts the grains without the web front-end.
var builder = Host.CreateApplicationBuilder(args);
var options = builder.Configuration.GetSection(NrcGameHostingOptions.SectionName).Get<NrcGameHostingOptions>()
    ?? new NrcGameHostingOptions();
builder.UseOrleans(silo => silo.ConfigureNrcGameSilo(options));
await builder.Build().RunAsync();
