// The sound cue of a new critical alert: two short beeps through Web Audio (no file to load).
window.opshubAlerts = {
    cue() {
        try {
            const audio = new (window.AudioContext || window.webkitAudioContext)();
            [0, 0.35].forEach(offset => {
                const tone = audio.createOscillator();
                const gain = audio.createGain();
                tone.frequency.value = 880;
                gain.gain.value = 0.2;
                tone.connect(gain).connect(audio.destination);
                tone.start(audio.currentTime + offset);
                tone.stop(audio.currentTime + offset + 0.2);
            });
        } catch (e) {
            // Browsers may refuse audio before the user has interacted with the page; the visual cue remains.
        }
    }
};
