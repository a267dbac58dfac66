// Small browser helpers the portal calls through JS interop.
window.medrecPortal = {
    // The viewer's IANA time zone (e.g. "Asia/Shanghai"), so deadlines can be shown in local time.
    timeZone: function () {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
        } catch (e) {
            return "UTC";
        }
    }
};
