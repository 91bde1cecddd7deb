/*! For license information please see descope-month-day-field-picker.js.LICENSE.txt */
"use strict";(self.webpackChunk_descope_web_components_ui=self.webpackChunk_descope_web_components_ui||[]).push([[1104,5691],{92661(t,e,n){n.r(e),n.d(e,{MonthDayFieldPickerClass:()=>v,componentName:()=>d}),n(27092);var o=n(72270),i=n(63200),a=n(25964),s=n(88961);const r=[31,29,31,30,31,30,31,31,30,31,30,31],l=["January","February","March","April","May","June","July","August","September","October","November","December"],d=(0,a.xE)("month-day-field-picker"),h=["initial-value","picker-months","st-host-direction","disabled","full-width"],u=(0,o.yc)({componentName:d,baseSelector:"div"}),p=(t,e)=>{const n=document.createDocumentFragment();t.forEach(({id:t,name:e})=>{const o=document.createElement("div");o.className="combo-box-item",o.setAttribute("data-id",String(t)),o.setAttribute("data-name",e),o.textContent=e,n.appendChild(o)}),e.replaceChildren(n)},{picker:c,monthInput:m,dayInput:b,inputsRow:y}={picker:{selector:()=>".picker"},monthInput:{selector:()=>".month-input"},dayInput:{selector:()=>".day-input"},inputsRow:{selector:()=>".inputs-row"}},v=(0,i.Zz)((0,s.RF)({componentNameOverride:(0,a.xE)("input-wrapper")}),(0,s.RF)({mappings:{fontSize:{},fontFamily:{},hostWidth:{selector:()=>":host",property:"width"},hostDirection:{property:"direction"},pickerPadding:{...c,property:"padding"},inputsRowGap:{...y,property:"gap"},inputWidth:[{...m,property:"width"},{...b,property:"width"}]}}),s.VO,s.tQ)(class extends u{static get observedAttributes(){return[].concat(u.observedAttributes||[],h)}#t=null;#e=null;constructor(){super(),this.attachShadow({mode:"open"}).innerHTML='\n      <div class="picker">\n        <div class="inputs-row">\n          <descope-combo-box\n            class="month-input"\n            bordered="true"\n            label-type="static"\n            allow-custom-value="false"\n            full-width="true"\n            item-label-path="data-name"\n            item-value-path="data-id"\n          ></descope-combo-box>\n          <descope-combo-box\n            class="day-input"\n            bordered="true"\n            label-type="static"\n            allow-custom-value="false"\n            full-width="true"\n            item-label-path="data-name"\n            item-value-path="data-id"\n          ></descope-combo-box>\n        </div>\n      </div>\n    ',(0,a.fz)("\n      :host {\n        display: inline-block;\n        box-sizing: border-box;\n        max-width: 100%;\n        user-select: none;\n        -webkit-user-select: none;\n      }\n\n      .inputs-row {\n        display: flex;\n      }\n\n      .inputs-row > descope-combo-box {\n        flex: 1;\n        min-width: 0;\n      }\n      ",this),this.monthInput=this.shadowRoot.querySelector(".month-input"),this.dayInput=this.shadowRoot.querySelector(".day-input")}get month(){return this.#t}set month(t){const e=Number(t);!Number.isInteger(e)||e<1||e>12?this.#t=null:this.#t=e,null!=this.#e&&null!=this.#t&&this.#e>r[this.#t-1]&&(this.#e=1),this.#n(),this.#o(),this.#i(),this.#a()}get day(){return this.#e}set day(t){const e=Number(t);!Number.isInteger(e)||e<1||null!=this.#t&&e>r[this.#t-1]?this.#e=null:this.#e=e,this.#i(),this.#a()}set value(t){if(!t)return void this.#s();const e=/^(0?[1-9]|1[0-2])\D(0?[1-9]|[12][0-9]|3[01])$/.exec(String(t).trim());if(!e)return;const n=Number(e[1]),o=Number(e[2]);this.month=n,this.day=o}#s(){const t=new Date;this.month=t.getMonth()+1,this.day=t.getDate()}get value(){return null==this.#t||null==this.#e?"":`${String(this.#t).padStart(2,"0")}/${String(this.#e).padStart(2,"0")}`}init(){super.init?.(),this.#r(),this.#l();const t=this.getAttribute("initial-value");t?this.value=t:null==this.#t&&this.#s(),(0,a.EA)(this,this.monthInput,{includeAttrs:["disabled","size","st-host-direction"]}),(0,a.EA)(this,this.dayInput,{includeAttrs:["disabled","size","st-host-direction"]})}attributeChangedCallback(t,e,n){super.attributeChangedCallback?.(t,e,n),e!==n&&("initial-value"===t?this.value=n:"picker-months"===t&&this.#d())}get#h(){return(t=>{const e=t?.split(",");return(t=>Array.isArray(t)&&12===t.length&&12===t.filter(Boolean).length)(e)?e:l})(this.getAttribute("picker-months"))}#r(){this.#d(),this.monthInput.addEventListener("input",this.#u.bind(this))}#l(){this.dayInput.addEventListener("input",this.#p.bind(this))}#d(){p(this.#h.map((t,e)=>({id:e+1,name:t})),this.monthInput),this.#n()}#o(){const t=r[this.#t-1]??0;p((t=>Array.from({length:t},(t,e)=>({id:e+1,name:String(e+1)})))(t),this.dayInput)}#n(){this.monthInput&&setTimeout(()=>{this.monthInput&&(this.monthInput.value=null!=this.#t?String(this.#t):"")})}#i(){setTimeout(()=>{this.dayInput&&(this.dayInput.value=null!==this.#e?String(this.#e):"")})}#u(t){const e=t.target?.value,n=e?Number(e):null;n!==this.#t&&(this.month=n)}#p(t){const e=t.target?.value,n=e?Number(e):null;n!==this.#e&&(this.day=n)}#a(){this.dispatchEvent(new CustomEvent("change",{detail:{month:this.#t,day:this.#e},bubbles:!0,composed:!0}))}getValidity(){return{}}});customElements.define(d,v)},1632(t,e,n){n(52915),n(54886),n(27397),n(25244);var o=n(47642),i=n(87550);const a=i.AH`
  :host {
    outline: none;
  }

  [part='toggle-button']::before {
    content: var(--lumo-icons-dropdown);
  }
`;(0,i.SF)("vaadin-combo-box",[o.k,a],{moduleId:"lumo-combo-box"}),n(86689);var s=n(13256),r=n(82901),l=n(23927),d=n(79769);class h extends((0,d.y)((0,i.cp)((0,l.v)(s.Pu)))){static get template(){return s.qy`
      <style>
        :host {
          display: block;
        }

        :host([hidden]) {
          display: none;
        }
      </style>
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}static get is(){return"vaadin-combo-box-item"}}(0,r.X)(h);var u=n(58069),p=n(5072),c=n(32888);const m=i.AH`
  #overlay {
    width: var(--vaadin-combo-box-overlay-width, var(--_vaadin-combo-box-overlay-default-width, auto));
  }

  [part='content'] {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
`;(0,i.SF)("vaadin-combo-box-overlay",[p.B,m],{moduleId:"vaadin-combo-box-overlay-styles"});class b extends((0,c.p)((0,u.c)((0,l.v)((0,i.cp)(s.Pu))))){static get is(){return"vaadin-combo-box-overlay"}static get template(){return s.qy`
      <div id="backdrop" part="backdrop" hidden></div>
      <div part="overlay" id="overlay">
        <div part="loader"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}}(0,r.X)(b);var y=n(70616);class v extends((0,y.N)(s.Pu)){static get is(){return"vaadin-combo-box-scroller"}static get template(){return s.qy`
      <style>
        :host {
          display: block;
          min-height: 1px;
          overflow: auto;

          /* Fixes item background from getting on top of scrollbars on Safari */
          transform: translate3d(0, 0, 0);

          /* Enable momentum scrolling on iOS */
          -webkit-overflow-scrolling: touch;

          /* Fixes scrollbar disappearing when 'Show scroll bars: Always' enabled in Safari */
          box-shadow: 0 0 0 white;
        }

        #selector {
          border-width: var(--_vaadin-combo-box-items-container-border-width);
          border-style: var(--_vaadin-combo-box-items-container-border-style);
          border-color: var(--_vaadin-combo-box-items-container-border-color, transparent);
          position: relative;
        }
      </style>
      <div id="selector">
        <slot></slot>
      </div>
    `}}(0,r.X)(v);var g=n(72562),x=n(81488),w=n(44218),f=n(18330),I=n(37720),k=n(83304);const C=t=>class extends((0,k.U)(t)){static get properties(){return{pattern:{type:String}}}static get delegateAttrs(){return[...super.delegateAttrs,"pattern"]}static get constraints(){return[...super.constraints,"pattern"]}};var _=n(86314),S=n(11402),A=n(65909);(0,i.SF)("vaadin-combo-box",_.k,{moduleId:"vaadin-combo-box-styles"});class E extends((0,S.K)((0,A.x)(C((0,w.R)((0,i.cp)((0,g.q)(s.Pu))))))){static get is(){return"vaadin-combo-box"}static get template(){return s.qy`
      <style>
        :host([opened]) {
          pointer-events: auto;
        }
      </style>

      <div class="vaadin-combo-box-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" on-click="focus"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          readonly="[[readonly]]"
          disabled="[[disabled]]"
          invalid="[[invalid]]"
          theme$="[[_theme]]"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <div id="clearButton" part="clear-button" slot="suffix" aria-hidden="true"></div>
          <div id="toggleButton" part="toggle-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <vaadin-combo-box-overlay
        id="overlay"
        opened="[[_overlayOpened]]"
        loading$="[[loading]]"
        theme$="[[_theme]]"
        position-target="[[_positionTarget]]"
        no-vertical-overlap
        restore-focus-node="[[inputElement]]"
      ></vaadin-combo-box-overlay>

      <slot name="tooltip"></slot>
    `}static get properties(){return{_positionTarget:{type:Object}}}get clearElement(){return this.$.clearButton}ready(){super.ready(),this.addController(new f.f(this,t=>{this._setInputElement(t),this._setFocusElement(t),this.stateTarget=t,this.ariaTarget=t})),this.addController(new I.q(this.inputElement,this._labelController)),this._tooltipController=new x.I(this),this.addController(this._tooltipController),this._tooltipController.setPosition("top"),this._tooltipController.setAriaTarget(this.inputElement),this._tooltipController.setShouldShow(t=>!t.opened),this._positionTarget=this.shadowRoot.querySelector('[part="input-field"]'),this._toggleElement=this.$.toggleButton}_onClearButtonClick(t){t.stopPropagation(),super._onClearButtonClick(t)}_onHostClick(t){const e=t.composedPath();(e.includes(this._labelNode)||e.includes(this._positionTarget))&&super._onHostClick(t)}}(0,r.X)(E)}}]);
//# sourceMappingURL=descope-month-day-field-picker.js.map