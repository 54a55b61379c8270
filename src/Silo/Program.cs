using NrcGame.Silo.Hosting;

// Standalone silo process: hosts the grains without the web front-end (cluster mode, see the README).
var builder = Host.CreateApplicationBuilder(args);
var options = builder.Configuration.GetSection(NrcGameHostingOptions.SectionName).Get<NrcGameHostingOptions>()
    ?? new NrcGameHostingOptions();
builder.UseOrleans(silo => silo.ConfigureNrcGameSilo(options));
var host = builder.Build();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
    Console.WriteLine($"Silo NRC Game prêt : {options.AdvertisedAddress}:{options.SiloPort} (passerelle {options.GatewayPort}, mode {options.Mode})"));
await host.RunAsync();
