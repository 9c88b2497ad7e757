import base from '/work/main/playwright.config'
export default { ...base, testDir: '/work/main/tests/e2e', webServer: undefined, outputDir: '/tmp/pw-explore-results' }
