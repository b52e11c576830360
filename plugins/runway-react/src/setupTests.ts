import './__testUtils__/setupFrontendTests';
